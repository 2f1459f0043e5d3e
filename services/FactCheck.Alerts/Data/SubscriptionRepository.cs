using Dapper;
using FactCheck.Alerts.Subscriptions;
using FactCheck.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Alerts.Data;

public sealed class SubscriptionRepository([FromKeyedServices(AlertsModule.Schema)] ModuleDatabase database)
{
    private const string Columns = """
        id AS Id, url AS Url, min_severity AS MinSeverity, events AS Events, kinds AS Kinds, story_id AS StoryId,
        outlet AS Outlet, format AS Format, status AS Status, status_reason AS StatusReason, created_at AS CreatedAt
        """;

    public async Task InsertAsync(Subscription subscription, string secretCipher, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO subscriptions (id, url, min_severity, events, kinds, story_id, outlet, format, secret_cipher, status, status_reason, created_at)
            VALUES (@Id, @Url, @MinSeverity, @Events, @Kinds, @StoryId, @Outlet, @Format, @secretCipher, @Status, @StatusReason, @CreatedAt)
            """;
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            subscription.Id, subscription.Url, subscription.MinSeverity, subscription.Events, subscription.Kinds, subscription.StoryId,
            subscription.Outlet, subscription.Format, secretCipher, subscription.Status, subscription.StatusReason, subscription.CreatedAt,
        }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken ct)
    {
        const string sql = $"SELECT {Columns} FROM subscriptions ORDER BY created_at, id";
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<Subscription>(new CommandDefinition(sql, cancellationToken: ct))).ToList();
    }

    public async Task<Subscription?> FindAsync(Guid id, CancellationToken ct)
    {
        const string sql = $"SELECT {Columns} FROM subscriptions WHERE id = @id";
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<Subscription>(new CommandDefinition(sql, new { id }, cancellationToken: ct));
    }

    public async Task<string?> SecretCipherAsync(Guid id, CancellationToken ct)
    {
        const string sql = "SELECT secret_cipher FROM subscriptions WHERE id = @id";
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(sql, new { id }, cancellationToken: ct));
    }

    /// <summary>Removes the subscription and, with it, its delivery log.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken ct)
    {
        const string sql = "DELETE FROM subscriptions WHERE id = @id";
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { id }, cancellationToken: ct)) == 1;
    }

    /// <summary>Stops deliveries to an endpoint that said it is gone; what was pending stays in the log, marked.</summary>
    public async Task DisableAsync(Guid id, string reason, CancellationToken ct)
    {
        const string sql = """
            UPDATE subscriptions SET status = 'disabled', status_reason = @reason WHERE id = @id;
            UPDATE webhook_deliveries SET status = 'cancelled' WHERE subscription_id = @id AND status = 'pending'
            """;
        await database.ExecuteAtomicAsync(sql, new { id, reason }, ct);
    }
}
