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

    /// <summary>Applies a comparison result; an older story revision arriving late changes nothing.</summary>
    public async Task ApplyAsync(ArticleCompared message, DateTimeOffset now, CancellationToken ct)
    {
        const string upsertStory = """
            INSERT INTO stories (id, title, revision, conflicts, updated_at)
            VALUES (@StoryId, @StoryTitle, @StoryRevision, @conflicts, @now)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, revision = excluded.revision,
                conflicts = excluded.conflicts, updated_at = excluded.updated_at
            WHERE excluded.revision > stories.revision
            """;
        const string upsertArticle = """
            INSERT INTO articles (article_id, version, story_id, doc, outlet, title, url, published_at, voice_id, claim_count)
            VALUES (@ArticleId, @Version, @StoryId, @Doc, @Outlet, @Title, @Url, @PublishedAt, @VoiceId, @ClaimCount)
            ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, story_id = excluded.story_id, doc = excluded.doc,
                outlet = excluded.outlet, title = excluded.title, url = excluded.url, published_at = excluded.published_at,
                voice_id = excluded.voice_id, claim_count = excluded.claim_count
            WHERE excluded.version >= articles.version
            """;
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(upsertStory, new
        {
            message.StoryId, message.StoryTitle, message.StoryRevision, conflicts = JsonSerializer.Serialize(message.Conflicts), now,
        }, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(upsertArticle, new
        {
            message.ArticleId, message.Version, message.StoryId, message.Doc, message.Outlet, message.Title, message.Url,
            message.PublishedAt, message.VoiceId, message.ClaimCount,
        }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
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
        await using var connection = await database.OpenAsync(ct);
        var storyRows = await connection.QueryAsync<StoryRow>(new CommandDefinition(stories, new { storyId }, cancellationToken: ct));
        var articleRows = (await connection.QueryAsync<ArticleRow>(new CommandDefinition(articles, new { storyId }, cancellationToken: ct)))
            .ToLookup(a => a.StoryId);
        return storyRows.Select(s => new StoryView(
                s.Id,
                s.Title,
                articleRows[s.Id].Select(a => new ArticleView(a.ArticleId, a.Doc, a.Outlet, a.Title, a.Url, a.PublishedAt, a.ClaimCount, a.VoiceId, a.Version)).ToList(),
                JsonSerializer.Deserialize<List<Conflict>>(s.Conflicts)!,
                s.UpdatedAt))
            .ToList();
    }
}
