using Dapper;
using FactCheck.Intake.Outbox;
using FactCheck.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Intake.Data;

public sealed record ArticleRow
{
    public Guid Id { get; init; }
    public int Version { get; init; }
    public string Outlet { get; init; } = "";
    public string Doc { get; init; } = "";
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset AcceptedAt { get; init; }
    public string ContentHash { get; init; } = "";
    public string Original { get; init; } = "";
    public string Cleaned { get; init; } = "";
    public long Fingerprint { get; init; }

    /// <summary>What cleaning removed, as a JSON array of strings.</summary>
    public string Removed { get; init; } = "[]";
}

public sealed class ArticleRepository([FromKeyedServices(IntakeModule.Schema)] ModuleDatabase database)
{
    private const string Columns = """
        id AS Id, version AS Version, outlet AS Outlet, doc AS Doc, title AS Title, author AS Author, url AS Url,
        published_at AS PublishedAt, accepted_at AS AcceptedAt, content_hash AS ContentHash,
        original AS Original, cleaned AS Cleaned, fingerprint AS Fingerprint, removed AS Removed
        """;

    public async Task<ArticleRow?> FindByContentAsync(string contentHash, CancellationToken ct)
    {
        const string sql = $"SELECT {Columns} FROM articles WHERE content_hash = @contentHash";
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(sql, new { contentHash }, cancellationToken: ct));
    }

    public async Task<ArticleRow?> FindLatestByUrlAsync(string outlet, string url, CancellationToken ct)
    {
        const string sql = $"""
            SELECT {Columns} FROM articles WHERE outlet = @outlet AND url = @url
            ORDER BY version DESC LIMIT 1
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(sql, new { outlet, url }, cancellationToken: ct));
    }

    /// <summary>Every stored version of an article, oldest first.</summary>
    public async Task<IReadOnlyList<ArticleRow>> VersionsAsync(Guid id, CancellationToken ct)
    {
        const string sql = $"SELECT {Columns} FROM articles WHERE id = @id ORDER BY version";
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<ArticleRow>(new CommandDefinition(sql, new { id }, cancellationToken: ct))).ToList();
    }

    /// <summary>
    /// Stores the article and the event announcing it together, unless the same content (or version) is already
    /// stored; returns whether this call stored them. On PostgreSQL it is one statement (the outbox row is written
    /// from what the article insert returns), on SQLite one transaction of two.
    /// </summary>
    public async Task<bool> TryInsertAsync(ArticleRow article, OutboxMessage announcement, CancellationToken ct)
    {
        const string postgres = """
            WITH stored AS (
                INSERT INTO articles (id, version, outlet, doc, title, author, url, published_at, accepted_at, content_hash, original, cleaned, fingerprint, removed)
                VALUES (@Id, @Version, @Outlet, @Doc, @Title, @Author, @Url, @PublishedAt, @AcceptedAt, @ContentHash, @Original, @Cleaned, @Fingerprint, @Removed)
                ON CONFLICT DO NOTHING
                RETURNING id)
            INSERT INTO outbox (id, message_type, payload, created_at, trace_parent)
            SELECT @OutboxId, @MessageType, @Payload, @CreatedAt, @TraceParent FROM stored
            """;
        const string sqlite = """
            INSERT INTO articles (id, version, outlet, doc, title, author, url, published_at, accepted_at, content_hash, original, cleaned, fingerprint, removed)
            VALUES (@Id, @Version, @Outlet, @Doc, @Title, @Author, @Url, @PublishedAt, @AcceptedAt, @ContentHash, @Original, @Cleaned, @Fingerprint, @Removed)
            ON CONFLICT DO NOTHING;
            INSERT INTO outbox (id, message_type, payload, created_at, trace_parent)
            SELECT @OutboxId, @MessageType, @Payload, @CreatedAt, @TraceParent WHERE changes() = 1
            """;
        var values = new
        {
            article.Id, article.Version, article.Outlet, article.Doc, article.Title, article.Author, article.Url, article.PublishedAt,
            article.AcceptedAt, article.ContentHash, article.Original, article.Cleaned, article.Fingerprint, article.Removed,
            OutboxId = announcement.Id, announcement.MessageType, announcement.Payload, announcement.CreatedAt, announcement.TraceParent,
        };
        var sql = database.Dialect.Provider == DatabaseProvider.Postgres ? postgres : sqlite;
        return await database.ExecuteAtomicAsync(sql, values, ct) > 0;
    }
}
