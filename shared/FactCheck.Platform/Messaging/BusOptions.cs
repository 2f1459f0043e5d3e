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

    /// <summary>RabbitMQ connection, e.g. <c>amqp://factcheck:secret@rabbitmq:5672/factcheck</c>; keep the password in a secret.</summary>
    public string? RabbitMqUri { get; set; }

    /// <summary>Messages a consumer endpoint takes ahead of processing.</summary>
    public int PrefetchCount { get; set; } = 32;

    /// <summary>Messages a consumer endpoint processes at once.</summary>
    public int ConcurrentMessageLimit { get; set; } = 8;

    /// <summary>Retries (exponential, 200 ms up to <see cref="RetryMaxIntervalSeconds"/>) before a message moves to its <c>_error</c> queue.</summary>
    public int RetryLimit { get; set; } = 6;

    /// <summary>The longest wait between two retries; the sum of waits outlasts a database restart.</summary>
    public int RetryMaxIntervalSeconds { get; set; } = 10;

    /// <summary>
    /// RabbitMQ: after the retries, redeliver after each of these delays (seconds, comma-separated) before the
    /// message moves to its <c>_error</c> queue; empty for none.
    /// </summary>
    public string RedeliverySeconds { get; set; } = "30,120,600";

    public IReadOnlyList<TimeSpan> RedeliveryDelays() => RedeliverySeconds
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => TimeSpan.FromSeconds(int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)))
        .ToList();

    /// <summary>RabbitMQ: queues are quorum queues (replicated on a cluster) unless this is false.</summary>
    public bool QuorumQueues { get; set; } = true;

    /// <summary>
    /// RabbitMQ: how often (seconds) the process checks that each of its queues with messages waiting has a consumer;
    /// after three failed checks in a row it restarts its bus (<c>ConsumerWatchdog</c>). 0 turns the check off.
    /// </summary>
    public int ConsumerCheckSeconds { get; set; } = 10;

    /// <summary>Per-endpoint overrides by queue name, e.g. <c>Bus:Endpoints:article-accepted:PrefetchCount</c>.</summary>
    public Dictionary<string, EndpointOptions> Endpoints { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One receive endpoint's limits; unset values fall back to the bus-wide ones.</summary>
public sealed class EndpointOptions
{
    public int? PrefetchCount { get; set; }

    public int? ConcurrentMessageLimit { get; set; }
}
