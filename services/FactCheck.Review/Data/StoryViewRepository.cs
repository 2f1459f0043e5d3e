using System.Data;
using System.Data.Common;
using System.Text.Json;
using Dapper;
using FactCheck.Contracts;
using FactCheck.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Review.Data;

public sealed class StoryViewRepository([FromKeyedServices(ReviewModule.Schema)] ModuleDatabase database)
{
    private sealed record StoryRow
    {
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
        public string Conflicts { get; init; } = "";
        public DateTimeOffset UpdatedAt { get; init; }
    }

    private sealed record ArticleRow
    {
        public Guid ArticleId { get; init; }
        public Guid StoryId { get; init; }
        public string Doc { get; init; } = "";
        public string Outlet { get; init; } = "";
        public string? Title { get; init; }
        public string? Url { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public int ClaimCount { get; init; }
        public Guid VoiceId { get; init; }
        public int Version { get; init; }
    }

    /// <summary>Writes the story row while the story is live (not merged away); an older revision changes nothing.</summary>
    private const string UpsertLiveStory = """
        INSERT INTO stories (id, title, revision, conflicts, updated_at)
        SELECT @StoryId, @StoryTitle, @StoryRevision, @conflicts, @now
        WHERE NOT EXISTS (SELECT 1 FROM merged_stories WHERE id = @StoryId AND into_id <> @StoryId)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, revision = excluded.revision,
            conflicts = excluded.conflicts, updated_at = excluded.updated_at
        WHERE excluded.revision > stories.revision
        """;

    /// <summary>
    /// The stories @StoryId redirects to, hop by hop; the last is where it lives now. Redirects are kept one hop deep
    /// when written, the bound only guards against a cycle.
    /// </summary>
    private const string RedirectChain = """
        WITH RECURSIVE chain (id, hop) AS (
            SELECT @StoryId, 0
            UNION ALL
            SELECT m.into_id, chain.hop + 1 FROM merged_stories m JOIN chain ON m.id = chain.id
            WHERE chain.hop < 8 AND m.into_id <> chain.id)
        """;

    /// <summary>
    /// Applies a comparison result; an older story revision arriving late changes nothing. Stories merged
    /// into this one are dropped, and a result about a story merged away is applied to the story that absorbed it.
    /// Without merges it is one command of two statements: the redirect is followed inside the SQL.
    /// </summary>
    public async Task ApplyAsync(ArticleCompared message, DateTimeOffset now, CancellationToken ct)
    {
        // WHERE true: without it SQLite would read ON CONFLICT as the join constraint of the FROM clause.
        const string apply = $"""
            {UpsertLiveStory};
            {RedirectChain}
            INSERT INTO articles (article_id, version, story_id, doc, outlet, title, url, published_at, voice_id, claim_count)
            SELECT @ArticleId, @Version, (SELECT id FROM chain ORDER BY hop DESC LIMIT 1), @Doc, @Outlet, @Title, @Url, @PublishedAt, @VoiceId, @ClaimCount
            WHERE true
            ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, story_id = excluded.story_id, doc = excluded.doc,
                outlet = excluded.outlet, title = excluded.title, url = excluded.url, published_at = excluded.published_at,
                voice_id = excluded.voice_id, claim_count = excluded.claim_count
            WHERE excluded.version >= articles.version
            """;
        var values = new
        {
            message.StoryId, message.StoryTitle, message.StoryRevision, conflicts = JsonSerializer.Serialize(message.Conflicts), now,
            message.ArticleId, message.Version, message.Doc, message.Outlet, message.Title, message.Url, message.PublishedAt,
            message.VoiceId, message.ClaimCount,
        };
        if (message.MergedStoryIds.Count == 0)
        {
            await database.ExecuteAtomicAsync(apply, values, ct);
            return;
        }

        using var turn = await database.WriterTurnAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var merged in message.MergedStoryIds)
            await DropMergedAsync(connection, transaction, merged, message.StoryId, now, ct);
        await connection.ExecuteAsync(new CommandDefinition(apply, values, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Applies an editor's change to a story: a merged story is dropped (its articles follow it), a live one takes
    /// the new conflicts and membership when its revision is newer. A revision of a story merged away changes nothing.
    /// </summary>
    public async Task ApplyAsync(StoryRevised message, DateTimeOffset now, CancellationToken ct)
    {
        const string member = "UPDATE articles SET story_id = @StoryId WHERE article_id = @articleId";
        using var turn = await database.WriterTurnAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (message.MergedInto is { } into)
            await DropMergedAsync(connection, transaction, message.StoryId, into, now, ct);
        else
        {
            var applied = await connection.ExecuteAsync(new CommandDefinition(UpsertLiveStory, new
            {
                message.StoryId, message.StoryTitle, message.StoryRevision, conflicts = JsonSerializer.Serialize(message.Conflicts), now,
            }, transaction, cancellationToken: ct));
            if (applied > 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(member,
                    message.ArticleIds.Select(articleId => new { message.StoryId, articleId }).ToList(), transaction, cancellationToken: ct));
            }
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>The story a merged-away story now lives in; null when it was not merged away.</summary>
    public async Task<Guid?> MergedIntoAsync(Guid storyId, CancellationToken ct)
    {
        const string sql = $"{RedirectChain} SELECT id FROM chain ORDER BY hop DESC LIMIT 1";
        await using var connection = await database.OpenAsync(ct);
        var resolved = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(sql, new { StoryId = storyId }, cancellationToken: ct));
        return resolved == storyId ? null : resolved;
    }

    private static async Task DropMergedAsync(DbConnection connection, DbTransaction transaction, Guid storyId, Guid into, DateTimeOffset now, CancellationToken ct)
    {
        const string tombstone = "INSERT INTO merged_stories (id, into_id, merged_at) VALUES (@storyId, @into, @now) ON CONFLICT DO NOTHING";
        const string flatten = "UPDATE merged_stories SET into_id = @into WHERE into_id = @storyId";
        const string drop = "DELETE FROM stories WHERE id = @storyId";
        const string follow = "UPDATE articles SET story_id = @into WHERE story_id = @storyId";
        foreach (var sql in new[] { tombstone, flatten, drop, follow })
            await connection.ExecuteAsync(new CommandDefinition(sql, new { storyId, into, now }, transaction, cancellationToken: ct));
    }

    public async Task<int> ArticleCountAsync(CancellationToken ct)
    {
        const string sql = "SELECT COUNT(*) FROM articles";
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<StoryView>> ListAsync(CancellationToken ct) => await ReadAsync(null, ct);

    public async Task<StoryView?> FindAsync(Guid id, CancellationToken ct) => (await ReadAsync(id, ct)).SingleOrDefault();

    private async Task<IReadOnlyList<StoryView>> ReadAsync(Guid? storyId, CancellationToken ct)
    {
        const string stories = """
            SELECT id AS Id, title AS Title, conflicts AS Conflicts, updated_at AS UpdatedAt FROM stories
            WHERE @storyId IS NULL OR id = @storyId
            ORDER BY updated_at DESC, id
            """;
        const string articles = """
            SELECT article_id AS ArticleId, story_id AS StoryId, doc AS Doc, outlet AS Outlet, title AS Title, url AS Url,
                   published_at AS PublishedAt, claim_count AS ClaimCount, voice_id AS VoiceId, version AS Version
            FROM articles WHERE @storyId IS NULL OR story_id = @storyId
            ORDER BY doc, article_id
            """;
        // One snapshot for both reads: otherwise a comparison applied between them shows a story's newest articles
        // beside the conflicts of an older revision (seen once in the PostgreSQL-restart reliability test).
        await using var connection = await database.OpenAsync(ct);
        await using var snapshot = await ModuleDatabase.BeginSnapshotAsync(connection, ct);
        var storyRows = await connection.QueryAsync<StoryRow>(new CommandDefinition(stories, new { storyId }, snapshot, cancellationToken: ct));
        var articleRows = (await connection.QueryAsync<ArticleRow>(new CommandDefinition(articles, new { storyId }, snapshot, cancellationToken: ct)))
            .ToLookup(a => a.StoryId);
        await snapshot.CommitAsync(ct);
        return storyRows.Select(s => new StoryView(
                s.Id,
                s.Title,
                articleRows[s.Id].Select(a => new ArticleView(a.ArticleId, a.Doc, a.Outlet, a.Title, a.Url, a.PublishedAt, a.ClaimCount, a.VoiceId, a.Version)).ToList(),
                JsonSerializer.Deserialize<List<Conflict>>(s.Conflicts)!,
                s.UpdatedAt))
            .ToList();
    }
}
