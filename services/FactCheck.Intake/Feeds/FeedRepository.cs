using Dapper;
using FactCheck.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Intake.Feeds;

public sealed record FeedState(string? ETag, string? LastModified);

/// <summary>Per feed: the validators of the last fetch and the items already taken in.</summary>
public sealed class FeedRepository([FromKeyedServices(IntakeModule.Schema)] ModuleDatabase database)
{
    public async Task<FeedState?> FindStateAsync(string feedUrl, CancellationToken ct)
    {
        const string sql = "SELECT etag AS ETag, last_modified AS LastModified FROM feed_state WHERE feed_url = @feedUrl";
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<FeedState>(new CommandDefinition(sql, new { feedUrl }, cancellationToken: ct));
    }

    public async Task SaveStateAsync(string feedUrl, FeedState state, DateTimeOffset checkedAt, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO feed_state (feed_url, etag, last_modified, checked_at) VALUES (@feedUrl, @ETag, @LastModified, @checkedAt)
            ON CONFLICT (feed_url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at
            """;
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { feedUrl, state.ETag, state.LastModified, checkedAt }, cancellationToken: ct));
    }

    public async Task<IReadOnlySet<string>> SeenItemsAsync(string feedUrl, CancellationToken ct)
    {
        const string sql = "SELECT item_key FROM feed_items WHERE feed_url = @feedUrl";
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<string>(new CommandDefinition(sql, new { feedUrl }, cancellationToken: ct))).ToHashSet();
    }

    /// <summary>Records an item as done (taken in, or refused for good) so later polls skip it.</summary>
    public async Task MarkSeenAsync(string feedUrl, string itemKey, Guid? articleId, string outcome, DateTimeOffset seenAt, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO feed_items (feed_url, item_key, article_id, outcome, seen_at) VALUES (@feedUrl, @itemKey, @articleId, @outcome, @seenAt)
            ON CONFLICT DO NOTHING
            """;
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { feedUrl, itemKey, articleId, outcome, seenAt }, cancellationToken: ct));
    }
}
