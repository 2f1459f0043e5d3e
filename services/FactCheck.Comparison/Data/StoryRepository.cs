using System.Data.Common;
using System.Text.Json;
using Dapper;
using FactCheck.Comparison.Engine;
using FactCheck.Contracts;
using FactCheck.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Comparison.Data;

public sealed record StoryRow(Guid Id, string Title, long Revision);

public sealed record StoredArticle
{
    public Guid ArticleId { get; init; }
    public int Version { get; init; }
    public Guid StoryId { get; init; }
    public string Doc { get; init; } = "";
    public string Outlet { get; init; } = "";
    public string? Title { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public long Fingerprint { get; init; }
    public string Entities { get; init; } = "[]";
    public string Claims { get; init; } = "[]";

    public ArticleEvidence ToEvidence() =>
        new(ArticleId, Doc, Outlet, PublishedAt, Fingerprint, JsonSerializer.Deserialize<List<Claim>>(Claims)!);
}

public sealed class StoryRepository([FromKeyedServices(ComparisonModule.Schema)] ModuleDatabase database)
{
    private const string ArticleColumns = """
        article_id AS ArticleId, version AS Version, story_id AS StoryId, doc AS Doc, outlet AS Outlet, title AS Title,
        url AS Url, published_at AS PublishedAt, fingerprint AS Fingerprint, entities AS Entities, claims AS Claims
        """;

    public Task<DbConnection> OpenAsync(CancellationToken ct) => database.OpenAsync(ct);

    public async Task<StoredArticle?> FindArticleAsync(DbConnection connection, Guid articleId, int version, CancellationToken ct)
    {
        const string sql = $"SELECT {ArticleColumns} FROM story_articles WHERE article_id = @articleId AND version = @version";
        return await connection.QuerySingleOrDefaultAsync<StoredArticle>(new CommandDefinition(sql, new { articleId, version }, cancellationToken: ct));
    }

    /// <summary>The latest version of every article, for finding the story a new article belongs to.</summary>
    public async Task<IReadOnlyList<StoredArticle>> CandidatesAsync(DbConnection connection, CancellationToken ct)
    {
        const string sql = $"""
            SELECT {ArticleColumns} FROM story_articles a
            WHERE version = (SELECT MAX(version) FROM story_articles b WHERE b.article_id = a.article_id)
            """;
        return (await connection.QueryAsync<StoredArticle>(new CommandDefinition(sql, cancellationToken: ct))).ToList();
    }

    public async Task<IReadOnlyList<StoredArticle>> StoryArticlesAsync(DbConnection connection, Guid storyId, CancellationToken ct)
    {
        const string sql = $"""
            SELECT {ArticleColumns} FROM story_articles a
            WHERE story_id = @storyId
              AND version = (SELECT MAX(version) FROM story_articles b WHERE b.article_id = a.article_id)
            ORDER BY doc
            """;
        return (await connection.QueryAsync<StoredArticle>(new CommandDefinition(sql, new { storyId }, cancellationToken: ct))).ToList();
    }

    public async Task<StoryRow?> FindStoryAsync(DbConnection connection, Guid storyId, CancellationToken ct)
    {
        const string sql = "SELECT id AS Id, title AS Title, revision AS Revision FROM stories WHERE id = @storyId";
        return await connection.QuerySingleOrDefaultAsync<StoryRow>(new CommandDefinition(sql, new { storyId }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<Conflict>> ConflictsAsync(DbConnection connection, Guid storyId, CancellationToken ct)
    {
        const string sql = "SELECT body FROM conflicts WHERE story_id = @storyId ORDER BY id";
        var bodies = await connection.QueryAsync<string>(new CommandDefinition(sql, new { storyId }, cancellationToken: ct));
        return bodies.Select(b => JsonSerializer.Deserialize<Conflict>(b)!).ToList();
    }

    public async Task CreateStoryAsync(DbConnection connection, DbTransaction transaction, StoryRow story, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = "INSERT INTO stories (id, title, revision, created_at) VALUES (@Id, @Title, @Revision, @now)";
        await connection.ExecuteAsync(new CommandDefinition(sql, new { story.Id, story.Title, story.Revision, now }, transaction, cancellationToken: ct));
    }

    public async Task<long> BumpRevisionAsync(DbConnection connection, DbTransaction transaction, Guid storyId, CancellationToken ct)
    {
        const string sql = "UPDATE stories SET revision = revision + 1 WHERE id = @storyId RETURNING revision";
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, new { storyId }, transaction, cancellationToken: ct));
    }

    public async Task InsertArticleAsync(DbConnection connection, DbTransaction transaction, StoredArticle article, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO story_articles (article_id, version, story_id, doc, outlet, title, url, published_at, fingerprint, entities, claims, compared_at)
            VALUES (@ArticleId, @Version, @StoryId, @Doc, @Outlet, @Title, @Url, @PublishedAt, @Fingerprint, @Entities, @Claims, @now)
            ON CONFLICT DO NOTHING
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            article.ArticleId, article.Version, article.StoryId, article.Doc, article.Outlet, article.Title, article.Url,
            article.PublishedAt, article.Fingerprint, article.Entities, article.Claims, now,
        }, transaction, cancellationToken: ct));
    }

    /// <summary>Replaces the story's conflicts with the ones that hold now.</summary>
    public async Task ReplaceConflictsAsync(DbConnection connection, DbTransaction transaction, Guid storyId, IReadOnlyList<Conflict> conflicts, DateTimeOffset now, CancellationToken ct)
    {
        const string delete = "DELETE FROM conflicts WHERE story_id = @storyId";
        const string insert = "INSERT INTO conflicts (id, story_id, body, detected_at) VALUES (@Id, @storyId, @body, @now)";
        await connection.ExecuteAsync(new CommandDefinition(delete, new { storyId }, transaction, cancellationToken: ct));
        foreach (var conflict in conflicts)
        {
            await connection.ExecuteAsync(new CommandDefinition(insert,
                new { conflict.Id, storyId, body = JsonSerializer.Serialize(conflict), now }, transaction, cancellationToken: ct));
        }
    }
}
