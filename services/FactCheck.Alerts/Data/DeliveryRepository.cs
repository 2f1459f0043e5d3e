using Dapper;
using FactCheck.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Alerts.Data;

public sealed record PendingDelivery(Guid Id, string EventType, Guid ConflictId, Guid StoryId, string Payload, DateTimeOffset CreatedAt);

public sealed class DeliveryRepository([FromKeyedServices(AlertsModule.Schema)] ModuleDatabase database)
{
    /// <summary>Queues an event for delivery once: the delivery id is derived from the event, so a redelivered message adds nothing.</summary>
    public async Task EnqueueAsync(PendingDelivery delivery, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO deliveries (id, event_type, conflict_id, story_id, payload, status, created_at)
            VALUES (@Id, @EventType, @ConflictId, @StoryId, @Payload, 'pending', @CreatedAt)
            ON CONFLICT DO NOTHING
            """;
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(sql, delivery, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<PendingDelivery>> PendingAsync(CancellationToken ct)
    {
        const string sql = """
            SELECT id AS Id, event_type AS EventType, conflict_id AS ConflictId, story_id AS StoryId, payload AS Payload, created_at AS CreatedAt
            FROM deliveries WHERE status = 'pending' ORDER BY created_at
            """;
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<PendingDelivery>(new CommandDefinition(sql, cancellationToken: ct))).ToList();
    }
}
