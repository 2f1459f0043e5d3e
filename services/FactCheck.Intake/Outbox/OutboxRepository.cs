using Dapper;
using FactCheck.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Intake.Outbox;

public sealed class OutboxRepository([FromKeyedServices(IntakeModule.Schema)] ModuleDatabase database)
{
    /// <summary>
    /// The oldest unsent rows, and how many rows were unsent in all when they were read: the backlog gauge
    /// comes with the batch instead of costing a COUNT statement of its own.
    /// </summary>
    public async Task<(IReadOnlyList<OutboxMessage> Rows, int Unsent)> PendingAsync(int limit, CancellationToken ct)
    {
        const string sql = """
            SELECT id AS Id, message_type AS MessageType, payload AS Payload, created_at AS CreatedAt, trace_parent AS TraceParent,
                   COUNT(*) OVER () AS Unsent
            FROM outbox WHERE sent_at IS NULL ORDER BY created_at LIMIT @limit
            """;
        await using var connection = await database.OpenAsync(ct);
        var rows = (await connection.QueryAsync<OutboxMessage, long, (OutboxMessage Row, long Unsent)>(
            new CommandDefinition(sql, new { limit }, cancellationToken: ct), (row, unsent) => (row, unsent), splitOn: "Unsent")).ToList();
        return (rows.Select(r => r.Row).ToList(), rows.Count == 0 ? 0 : (int)rows[0].Unsent);
    }

    public async Task MarkSentAsync(IReadOnlyList<Guid> ids, DateTimeOffset sentAt, CancellationToken ct)
    {
        if (ids.Count == 0)
            return;
        var sql = $"UPDATE outbox SET sent_at = @sentAt WHERE {database.Dialect.In("id", "ids")}";
        await database.ExecuteAtomicAsync(sql, new { ids = database.Dialect.List(ids), sentAt }, ct);
    }

    public async Task<int> PendingCountAsync(CancellationToken ct)
    {
        const string sql = "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL";
        await using var connection = await database.OpenAsync(ct);
        return (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, cancellationToken: ct));
    }
}
