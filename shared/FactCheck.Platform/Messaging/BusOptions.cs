namespace FactCheck.Platform.Messaging;

public enum BusTransport
{
    InMemory,
    RabbitMq,
}

/// <summary>Configuration section <c>Bus</c>.</summary>
public sealed class BusOptions
{
    public const string Section = "Bus";

    public BusTransport Transport { get; set; } = BusTransport.InMemory;

    /// <summary>RabbitMQ connection, e.g. <c>amqp://guest:guest@localhost:5672/</c>.</summary>
    public string? RabbitMqUri { get; set; }

    /// <summary>Messages a consumer endpoint takes ahead of processing.</summary>
    public int PrefetchCount { get; set; } = 32;

    /// <summary>Messages a consumer endpoint processes at once.</summary>
    public int ConcurrentMessageLimit { get; set; } = 8;

    /// <summary>Immediate retries before a message is scheduled for redelivery or moved to its <c>_error</c> queue.</summary>
    public int RetryLimit { get; set; } = 3;
}
