using System.Text.Json;
using Dapper;
using FactCheck.Contracts;
using FactCheck.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Review.Data;

/// <summary>A claim as the claim matrix shows it.</summary>
public sealed record ClaimCell
{
    public Guid ArticleId { get; init; }
    public string Kind { get; init; } = "";
    public string Slot { get; init; } = "";
    public string Display { get; init; } = "";
    public string Quote { get; init; } = "";
}

/// <summary>An editor's verdict on a conflict: <c>confirmed</c> (a real disagreement, handled) or <c>dismissed</c> (not a conflict).</summary>
public sealed record Decision
{
    public Guid ConflictId { get; init; }
    public Guid StoryId { get; init; }
    public string Verdict { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Note { get; init; } = "";
    public string DecidedBy { get; init; } = "";
    public DateTimeOffset DecidedAt { get; init; }
}

/// <summary>What the editor pages need beyond the story read model: claims, article texts and decisions.</summary>
public sealed class DeskRepository([FromKeyedServices(ReviewModule.Schema)] ModuleDatabase database)
{
    /// <summary>
    /// Keeps an article version's claims and text once, all of them or none, in one command of two statements
    /// (not one per claim); a redelivered message changes nothing.
    /// </summary>
    public async Task SaveClaimsAsync(ClaimsExtracted message, CancellationToken ct)
    {
        // WHERE true: without it SQLite would read ON CONFLICT as the join constraint of the FROM clause.
        var sql = $"""
            INSERT INTO article_texts (article_id, version, text, accepted_at) VALUES (@ArticleId, @Version, @Text, @AcceptedAt)
            ON CONFLICT DO NOTHING;
            INSERT INTO claims (article_id, version, ordinal, kind, slot, display, quote)
            SELECT @ArticleId, @Version, claims.ordinal, claims.kind, claims.slot, claims.display, claims.quote
            FROM {database.Dialect.Records("claims", "ordinal integer", "kind text", "slot text", "display text", "quote text")}
            WHERE true
            ON CONFLICT DO NOTHING
            """;
        var claims = JsonSerializer.Serialize(message.Claims.Select((c, i) => new { ordinal = i, kind = c.Kind, slot = c.Slot, display = c.Display, quote = c.Quote }));
        await database.ExecuteAtomicAsync(sql, new { message.ArticleId, message.Version, message.Text, message.AcceptedAt, claims }, ct);
    }

    /// <summary>The claims of the versions the story read model holds for each article of the story.</summary>
    public async Task<IReadOnlyList<ClaimCell>> ClaimsAsync(Guid storyId, CancellationToken ct)
    {
        const string sql = """
            SELECT c.article_id AS ArticleId, c.kind AS Kind, c.slot AS Slot, c.display AS Display, c.quote AS Quote
            FROM claims c JOIN articles a ON a.article_id = c.article_id AND a.version = c.version
            WHERE a.story_id = @storyId
            ORDER BY c.slot, c.article_id, c.ordinal
            """;
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<ClaimCell>(new CommandDefinition(sql, new { storyId }, cancellationToken: ct))).ToList();
    }

    /// <summary>The cleaned texts of the story's articles, for quotes shown in context.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> TextsAsync(Guid storyId, CancellationToken ct)
    {
        const string sql = """
            SELECT t.article_id AS ArticleId, t.text AS Text
            FROM article_texts t JOIN articles a ON a.article_id = t.article_id AND a.version = t.version
            WHERE a.story_id = @storyId
            """;
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string ArticleId, string Text)>(new CommandDefinition(sql, new { storyId }, cancellationToken: ct));
        return rows.ToDictionary(r => Guid.Parse(r.ArticleId), r => r.Text);
    }

    /// <summary>When the article version was accepted by intake, if its claims have arrived here.</summary>
    public async Task<DateTimeOffset?> AcceptedAtAsync(Guid articleId, int version, CancellationToken ct)
    {
        const string sql = "SELECT accepted_at FROM article_texts WHERE article_id = @articleId AND version = @version";
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<DateTimeOffset?>(new CommandDefinition(sql, new { articleId, version }, cancellationToken: ct));
    }

    /// <summary>Records the first verdict on a conflict; returns false when it had one already.</summary>
    public async Task<bool> DecideAsync(Decision decision, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO decisions (conflict_id, story_id, decision, kind, note, decided_by, decided_at)
            VALUES (@ConflictId, @StoryId, @Verdict, @Kind, @Note, @DecidedBy, @DecidedAt)
            ON CONFLICT DO NOTHING
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(sql, decision, cancellationToken: ct)) == 1;
    }

    public async Task<IReadOnlyList<Decision>> DecisionsAsync(Guid? storyId, CancellationToken ct)
    {
        const string sql = """
            SELECT conflict_id AS ConflictId, story_id AS StoryId, decision AS Verdict, kind AS Kind, note AS Note,
                   decided_by AS DecidedBy, decided_at AS DecidedAt
            FROM decisions WHERE @storyId IS NULL OR story_id = @storyId
            ORDER BY decided_at
            """;
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<Decision>(new CommandDefinition(sql, new { storyId }, cancellationToken: ct))).ToList();
    }
}
