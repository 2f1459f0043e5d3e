using System.Text.Json;
using Dapper;
using FactCheck.Alerts.Subscriptions;
using FactCheck.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Alerts.Data;

/// <summary>An event as recorded once, whoever it goes to.</summary>
public sealed record PendingDelivery(Guid Id, string EventType, Guid ConflictId, Guid StoryId, string Payload, DateTimeOffset CreatedAt);

/// <summary>One event owed to one subscription, as the worker picks it up.</summary>
public sealed record DueDelivery
{
    public Guid Id { get; init; }
    public Guid SubscriptionId { get; init; }
    public Guid EventId { get; init; }
    public string EventType { get; init; } = "";
    public int Attempts { get; init; }
    public string NextAttemptAt { get; init; } = "";
    public string Payload { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public string? TraceParent { get; init; }
}

/// <summary>A row of a subscription's delivery log.</summary>
public sealed record DeliveryLogEntry
{
    public Guid Id { get; init; }
    public Guid EventId { get; init; }
    public string EventType { get; init; } = "";
    public string Status { get; init; } = "";
    public int Attempts { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public int? LastStatusCode { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

public sealed record DeliveryAttempt
{
    public int Attempt { get; init; }
    public DateTimeOffset AttemptedAt { get; init; }
    public int? StatusCode { get; init; }
    public string? Error { get; init; }
    public double DurationMs { get; init; }
}

public sealed class DeliveryRepository([FromKeyedServices(AlertsModule.Schema)] ModuleDatabase database)
{
    /// <summary>
    /// Records the event once (its id derives from the event, so a redelivered message adds nothing) and owes
    /// it to every matching subscription, all or nothing: one statement without subscribers, one command of
    /// two statements with them, however many they are.
    /// </summary>
    public async Task EnqueueAsync(PendingDelivery delivery, string? traceParent, IEnumerable<Subscription> subscribers, CancellationToken ct)
    {
        const string insertEvent = """
            INSERT INTO deliveries (id, event_type, conflict_id, story_id, payload, status, created_at, trace_parent)
            VALUES (@Id, @EventType, @ConflictId, @StoryId, @Payload, 'recorded', @CreatedAt, @traceParent)
            ON CONFLICT DO NOTHING
            """;
        // WHERE true: without it SQLite would read ON CONFLICT as the join constraint of the FROM clause.
        var owe = $"""
            INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, status, attempts, next_attempt_at, created_at)
            SELECT owed.id, owed.subscription_id, @Id, @EventType, 'pending', 0, @CreatedAt, @CreatedAt
            FROM {database.Dialect.Records("owed", "id text", "subscription_id text")}
            WHERE true
            ON CONFLICT DO NOTHING
            """;
        var owed = subscribers.Select(s => new { id = DeliveryIds.For(s.Id, delivery.Id), subscription_id = s.Id }).ToList();
        var values = new
        {
            delivery.Id, delivery.EventType, delivery.ConflictId, delivery.StoryId, delivery.Payload, delivery.CreatedAt, traceParent,
            owed = JsonSerializer.Serialize(owed),
        };
        await database.ExecuteAtomicAsync(owed.Count > 0 ? $"{insertEvent};\n{owe}" : insertEvent, values, ct);
    }

    /// <summary>The latest <c>conflict.detected</c> payload of a conflict, which a resolution is filtered by.</summary>
    public async Task<string?> DetectedPayloadAsync(Guid conflictId, CancellationToken ct)
    {
        const string sql = """
            SELECT payload FROM deliveries WHERE conflict_id = @conflictId AND event_type = 'conflict.detected'
            ORDER BY created_at DESC LIMIT 1
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(sql, new { conflictId }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<DueDelivery>> DueAsync(DateTimeOffset now, int limit, CancellationToken ct)
    {
        const string sql = """
            SELECT w.id AS Id, w.subscription_id AS SubscriptionId, w.event_id AS EventId, w.event_type AS EventType, w.attempts AS Attempts,
                   w.next_attempt_at AS NextAttemptAt, e.payload AS Payload, e.created_at AS CreatedAt, e.trace_parent AS TraceParent
            FROM webhook_deliveries w JOIN deliveries e ON e.id = w.event_id
            WHERE w.status = 'pending' AND w.next_attempt_at <= @now
            ORDER BY w.next_attempt_at LIMIT @limit
            """;
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<DueDelivery>(new CommandDefinition(sql, new { now = TypeHandlers.Format(now), limit }, cancellationToken: ct))).ToList();
    }

    /// <summary>
    /// Takes a due delivery for this worker by pushing its next attempt past the call's timeout; another worker
    /// (a second alerts process) that read the same row loses the race and skips it.
    /// </summary>
    public async Task<bool> ClaimAsync(DueDelivery delivery, DateTimeOffset leaseUntil, CancellationToken ct)
    {
        const string sql = """
            UPDATE webhook_deliveries SET next_attempt_at = @leaseUntil
            WHERE id = @Id AND status = 'pending' AND next_attempt_at = @NextAttemptAt
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { delivery.Id, delivery.NextAttemptAt, leaseUntil }, cancellationToken: ct)) == 1;
    }

    /// <summary>Logs one call and moves the delivery on (delivered, rescheduled, given up or cancelled), all or nothing.</summary>
    public async Task RecordAttemptAsync(Guid id, DeliveryAttempt attempt, string status, DateTimeOffset nextAttemptAt, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO delivery_attempts (delivery_id, attempt, attempted_at, status_code, error, duration_ms)
            VALUES (@id, @Attempt, @AttemptedAt, @StatusCode, @Error, @DurationMs)
            ON CONFLICT DO NOTHING;
            UPDATE webhook_deliveries SET status = @status, attempts = @Attempt, next_attempt_at = @nextAttemptAt,
                last_status_code = @StatusCode, last_error = @Error, delivered_at = @deliveredAt
            WHERE id = @id
            """;
        await database.ExecuteAtomicAsync(sql, new
        {
            id, status, attempt.Attempt, attempt.AttemptedAt, nextAttemptAt, attempt.StatusCode, attempt.Error, attempt.DurationMs,
            deliveredAt = status == "delivered" ? attempt.AttemptedAt : (DateTimeOffset?)null,
        }, ct);
    }

    public async Task<IReadOnlyList<DeliveryLogEntry>> LogAsync(Guid subscriptionId, int limit, CancellationToken ct)
    {
        const string sql = """
            SELECT id AS Id, event_id AS EventId, event_type AS EventType, status AS Status, attempts AS Attempts, next_attempt_at AS NextAttemptAt,
                   last_status_code AS LastStatusCode, last_error AS LastError, delivered_at AS DeliveredAt, created_at AS CreatedAt
            FROM webhook_deliveries WHERE subscription_id = @subscriptionId
            ORDER BY created_at DESC, id LIMIT @limit
            """;
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<DeliveryLogEntry>(new CommandDefinition(sql, new { subscriptionId, limit }, cancellationToken: ct))).ToList();
    }

    /// <summary>Every call made for one delivery of one subscription, first to last.</summary>
    public async Task<IReadOnlyList<DeliveryAttempt>> AttemptsAsync(Guid subscriptionId, Guid deliveryId, CancellationToken ct)
    {
        const string sql = """
            SELECT a.attempt AS Attempt, a.attempted_at AS AttemptedAt, a.status_code AS StatusCode, a.error AS Error, a.duration_ms AS DurationMs
            FROM delivery_attempts a JOIN webhook_deliveries w ON w.id = a.delivery_id
            WHERE a.delivery_id = @deliveryId AND w.subscription_id = @subscriptionId
            ORDER BY a.attempt
            """;
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<DeliveryAttempt>(new CommandDefinition(sql, new { subscriptionId, deliveryId }, cancellationToken: ct))).ToList();
    }

    /// <summary>Queues a delivery of an active subscription to be sent again now, whatever its state; false when there is no such delivery.</summary>
    public async Task<bool> RedeliverAsync(Guid subscriptionId, Guid deliveryId, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = @now
            WHERE id = @deliveryId AND subscription_id = @subscriptionId
              AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.id = @subscriptionId AND s.status = 'active')
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { subscriptionId, deliveryId, now }, cancellationToken: ct)) == 1;
    }

    /// <summary>Deliveries still owed to subscribers: the worker's backlog.</summary>
    public async Task<long> BacklogAsync(CancellationToken ct)
    {
        const string sql = "SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'pending'";
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, cancellationToken: ct));
    }
}
