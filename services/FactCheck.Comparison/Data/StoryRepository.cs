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
        new(ArticleId, Doc, Outlet, PublishedAt, Fingerprint, JsonSerializer.Deserialize<List<Claim>>(Claims)!) { Title = Title };
}

public sealed class StoryRepository([FromKeyedServices(ComparisonModule.Schema)] ModuleDatabase database)
{
    private const string ArticleColumns = """
        article_id AS ArticleId, version AS Version, story_id AS StoryId, doc AS Doc, outlet AS Outlet, title AS Title,
        url AS Url, published_at AS PublishedAt, fingerprint AS Fingerprint, entities AS Entities, claims AS Claims
        """;

    public Task<DbConnection> OpenAsync(CancellationToken ct) => database.OpenAsync(ct);

    public async Task<StoredArticle?> FindArticleAsync(DbConnection connection, DbTransaction transaction, Guid articleId, int version, CancellationToken ct)
    {
        const string sql = $"SELECT {ArticleColumns} FROM story_articles WHERE article_id = @articleId AND version = @version";
        return await connection.QuerySingleOrDefaultAsync<StoredArticle>(new CommandDefinition(sql, new { articleId, version }, transaction, cancellationToken: ct));
    }

    /// <summary>The latest stored version of an article, whatever its number.</summary>
    public async Task<StoredArticle?> LatestVersionAsync(DbConnection connection, DbTransaction transaction, Guid articleId, CancellationToken ct)
    {
        const string sql = $"""
            SELECT {ArticleColumns} FROM story_articles
            WHERE article_id = @articleId ORDER BY version DESC LIMIT 1
            """;
        return await connection.QuerySingleOrDefaultAsync<StoredArticle>(new CommandDefinition(sql, new { articleId }, transaction, cancellationToken: ct));
    }

    /// <summary>
    /// Taken first in a transaction, the update holds the row until commit (PostgreSQL row lock, SQLite
    /// write lock), so placements in any number of processes run one at a time and see each other.
    /// </summary>
    public async Task LockPlacementAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = "UPDATE comparison_locks SET taken_at = @now WHERE name = 'placement'";
        await connection.ExecuteAsync(new CommandDefinition(sql, new { now }, transaction, cancellationToken: ct));
    }

    // One indexed look-up per key rather than "IN @list": Dapper sends a list to Npgsql as an array,
    // which PostgreSQL's IN does not take, so this stays one portable statement.

    /// <summary>How many articles hold each of the terms; the key <c>#articles</c> counts all articles.</summary>
    public async Task<IReadOnlyDictionary<string, long>> HoldingAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> terms, CancellationToken ct)
    {
        const string sql = "SELECT df FROM term_stats WHERE term = @term";
        var holding = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var term in terms.Append(ArticleCountKey))
        {
            var df = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(sql, new { term }, transaction, cancellationToken: ct));
            if (df is not null)
                holding[term] = df.Value;
        }

        return holding;
    }

    public const string ArticleCountKey = "#articles";

    public async Task<IReadOnlyList<(Guid ArticleId, string Term)>> PostingsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> terms, CancellationToken ct)
    {
        const string sql = "SELECT article_id FROM story_terms WHERE term = @term";
        var postings = new List<(Guid, string)>();
        foreach (var term in terms)
        {
            var articles = await connection.QueryAsync<Guid>(new CommandDefinition(sql, new { term }, transaction, cancellationToken: ct));
            postings.AddRange(articles.Select(id => (id, term)));
        }

        return postings;
    }

    /// <summary>The story, publication time and index terms of each shortlisted article (latest version).</summary>
    public async Task<IReadOnlyList<CandidateArticle>> CandidatesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Guid> articleIds, CancellationToken ct)
    {
        const string article = """
            SELECT story_id AS StoryId, published_at AS PublishedAt FROM story_articles
            WHERE article_id = @articleId ORDER BY version DESC LIMIT 1
            """;
        const string terms = "SELECT term FROM story_terms WHERE article_id = @articleId";
        var candidates = new List<CandidateArticle>();
        foreach (var articleId in articleIds)
        {
            var row = await connection.QuerySingleOrDefaultAsync<(Guid StoryId, DateTimeOffset? PublishedAt)>(
                new CommandDefinition(article, new { articleId }, transaction, cancellationToken: ct));
            if (row.StoryId == Guid.Empty)
                continue;
            var held = await connection.QueryAsync<string>(new CommandDefinition(terms, new { articleId }, transaction, cancellationToken: ct));
            candidates.Add(new CandidateArticle(articleId, row.StoryId, row.PublishedAt, held.ToList()));
        }

        return candidates;
    }

    /// <summary>Indexes an article's terms; counts them towards term rarity only the first time the article is seen.</summary>
    public async Task IndexTermsAsync(DbConnection connection, DbTransaction transaction, Guid articleId, IReadOnlyList<string> terms, bool firstVersion, CancellationToken ct)
    {
        const string insert = "INSERT INTO story_terms (term, article_id) VALUES (@term, @articleId) ON CONFLICT DO NOTHING";
        const string count = """
            INSERT INTO term_stats (term, df) VALUES (@term, 1)
            ON CONFLICT (term) DO UPDATE SET df = term_stats.df + 1
            """;
        await connection.ExecuteAsync(new CommandDefinition(insert, terms.Select(term => new { term, articleId }).ToList(), transaction, cancellationToken: ct));
        if (firstVersion)
            await connection.ExecuteAsync(new CommandDefinition(count, terms.Append(ArticleCountKey).Select(term => new { term }).ToList(), transaction, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<StoredArticle>> StoryArticlesAsync(DbConnection connection, DbTransaction transaction, Guid storyId, CancellationToken ct)
    {
        const string sql = $"""
            SELECT {ArticleColumns} FROM story_articles a
            WHERE story_id = @storyId
              AND version = (SELECT MAX(version) FROM story_articles b WHERE b.article_id = a.article_id)
            ORDER BY doc
            """;
        return (await connection.QueryAsync<StoredArticle>(new CommandDefinition(sql, new { storyId }, transaction, cancellationToken: ct))).ToList();
    }

    public async Task<StoryRow?> FindStoryAsync(DbConnection connection, DbTransaction? transaction, Guid storyId, CancellationToken ct)
    {
        const string sql = "SELECT id AS Id, title AS Title, revision AS Revision FROM stories WHERE id = @storyId";
        return await connection.QuerySingleOrDefaultAsync<StoryRow>(new CommandDefinition(sql, new { storyId }, transaction, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<Conflict>> ConflictsAsync(DbConnection connection, DbTransaction? transaction, Guid storyId, CancellationToken ct)
    {
        const string sql = "SELECT body FROM conflicts WHERE story_id = @storyId ORDER BY id";
        var bodies = await connection.QueryAsync<string>(new CommandDefinition(sql, new { storyId }, transaction, cancellationToken: ct));
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
