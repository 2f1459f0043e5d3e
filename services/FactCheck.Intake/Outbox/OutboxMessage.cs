using System.Diagnostics;
using System.Text.Json;

namespace FactCheck.Intake.Outbox;

/// <summary>An event stored in the same transaction as the state it announces, published later by <see cref="OutboxDispatcher"/>.</summary>
public sealed record OutboxMessage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; init; }
    public string MessageType { get; init; } = "";
    public string Payload { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>W3C traceparent of the activity that wrote the row, so the publish joins the article's trace.</summary>
    public string? TraceParent { get; init; }

    public static OutboxMessage For<T>(T message, DateTimeOffset createdAt)
        where T : class => new()
    {
        Id = Guid.NewGuid(),
        MessageType = $"{typeof(T).FullName}, {typeof(T).Assembly.GetName().Name}",
        Payload = JsonSerializer.Serialize(message, Json),
        CreatedAt = createdAt,
        TraceParent = Activity.Current?.Id,
    };

    public (object Message, Type Type) Read()
    {
        var type = Type.GetType(MessageType, throwOnError: true)!;
        return (JsonSerializer.Deserialize(Payload, type, Json)!, type);
    }
}
