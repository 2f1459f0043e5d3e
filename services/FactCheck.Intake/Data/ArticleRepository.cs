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
    /// Stores the article and the event announcing it in one transaction, unless the same content (or
    /// version) is already stored; returns whether this call stored them.
    /// </summary>
    public async Task<bool> TryInsertAsync(ArticleRow article, OutboxMessage announcement, CancellationToken ct)
    {
        const string insertArticle = """
            INSERT INTO articles (id, version, outlet, doc, title, author, url, published_at, accepted_at, content_hash, original, cleaned, fingerprint, removed)
            VALUES (@Id, @Version, @Outlet, @Doc, @Title, @Author, @Url, @PublishedAt, @AcceptedAt, @ContentHash, @Original, @Cleaned, @Fingerprint, @Removed)
            ON CONFLICT DO NOTHING
            """;
        const string insertOutbox = """
            INSERT INTO outbox (id, message_type, payload, created_at, trace_parent)
            VALUES (@Id, @MessageType, @Payload, @CreatedAt, @TraceParent)
            """;
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await connection.ExecuteAsync(new CommandDefinition(insertArticle, article, transaction, cancellationToken: ct)) != 1)
            return false;
        await connection.ExecuteAsync(new CommandDefinition(insertOutbox, announcement, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return true;
    }
}
