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

    /// <summary>The article's index terms (<see cref="ArticleTerms.All"/>), separated by spaces.</summary>
    public string Terms { get; init; } = "";

    public ArticleEvidence ToEvidence() =>
        new(ArticleId, Doc, Outlet, PublishedAt, Fingerprint, JsonSerializer.Deserialize<List<Claim>>(Claims)!) { Title = Title };
}

public sealed class StoryRepository([FromKeyedServices(ComparisonModule.Schema)] ModuleDatabase database)
{
    private const string ArticleColumns = """
        article_id AS ArticleId, version AS Version, story_id AS StoryId, doc AS Doc, outlet AS Outlet, title AS Title,
        url AS Url, published_at AS PublishedAt, fingerprint AS Fingerprint, entities AS Entities, claims AS Claims
        """;

    private SqlDialect Dialect => database.Dialect;

    public Task<DbConnection> OpenAsync(CancellationToken ct) => database.OpenAsync(ct);

    /// <summary>Taken before each write transaction (see <see cref="ModuleDatabase.WriterTurnAsync"/>).</summary>
    public ValueTask<IDisposable> WriterTurnAsync(CancellationToken ct) => database.WriterTurnAsync(ct);

    private const string VersionsSql = $"SELECT {ArticleColumns} FROM story_articles WHERE article_id = @articleId ORDER BY version DESC";

    /// <summary>Every stored version of an article, latest first.</summary>
    public async Task<IReadOnlyList<StoredArticle>> VersionsAsync(DbConnection connection, DbTransaction? transaction, Guid articleId, CancellationToken ct) =>
        (await connection.QueryAsync<StoredArticle>(new CommandDefinition(VersionsSql, new { articleId }, transaction, cancellationToken: ct))).ToList();

    /// <summary>The latest stored version of an article, whatever its number.</summary>
    public async Task<StoredArticle?> LatestVersionAsync(DbConnection connection, DbTransaction transaction, Guid articleId, CancellationToken ct) =>
        (await VersionsAsync(connection, transaction, articleId, ct)).FirstOrDefault();

    private const string LockSql = "UPDATE comparison_locks SET taken_at = @now, seq = seq + 1 WHERE name = 'placement' RETURNING seq";

    /// <summary>
    /// Taken first in a transaction, the update holds the row until commit (PostgreSQL row lock, SQLite
    /// write lock), so placements, merges and moves in any number of processes run one at a time and see each other.
    /// Returns the placement sequence number this holder may stamp on the articles it places.
    /// </summary>
    public async Task<long> LockPlacementAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(LockSql, new { now }, transaction, cancellationToken: ct));

    /// <summary>
    /// Takes the placement lock (<see cref="LockPlacementAsync"/>) and reads, in the same round trip, the article's stored
    /// versions (latest first) and the candidates (<see cref="CandidatesAsync"/>) for the shortlist read before the lock.
    /// </summary>
    public async Task<(long PlacedSeq, IReadOnlyList<StoredArticle> Versions, IReadOnlyList<CandidateArticle> Candidates)> LockPlacementForAsync(
        DbConnection connection, DbTransaction transaction, Guid articleId, IReadOnlyList<Guid> shortlist, long placedAfter, DateTimeOffset now, CancellationToken ct)
    {
        var sql = $"{LockSql};\n{VersionsSql};\n{CandidatesSql}";
        using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql,
            new { now, articleId, ids = Dialect.List(shortlist), placedAfter }, transaction, cancellationToken: ct));
        var placedSeq = await results.ReadSingleAsync<long>();
        var versions = (await results.ReadAsync<StoredArticle>()).ToList();
        var candidates = Candidates(shortlist, await results.ReadAsync<CandidateRow>());
        return (placedSeq, versions, candidates);
    }

    /// <summary>
    /// How many articles hold each of the terms (the key <c>#articles</c> counts all articles), and the sequence number of
    /// the last placement committed before they were counted: articles placed later carry a greater one.
    /// </summary>
    public async Task<(long PlacedSeq, IReadOnlyDictionary<string, long> Holding)> HoldingAsync(DbConnection connection, DbTransaction? transaction,
        IReadOnlyList<string> terms, CancellationToken ct)
    {
        var sql = $"SELECT seq FROM comparison_locks WHERE name = 'placement';\n{TermRaritySql}";
        using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql, new { terms = Dialect.List(terms.Append(ArticleCountKey)) }, transaction, cancellationToken: ct));
        var placedSeq = await results.ReadSingleAsync<long>();
        var rows = await results.ReadAsync<(string Term, long Df)>();
        return (placedSeq, rows.ToDictionary(r => r.Term, r => r.Df, StringComparer.Ordinal));
    }

    public const string ArticleCountKey = "#articles";

    /// <summary>The stored articles that hold most of the given terms, most first: at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<Guid>> ShortlistAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<string> terms, int limit, CancellationToken ct)
    {
        var shortlist = await connection.QueryAsync<Guid>(new CommandDefinition(ShortlistSql, new { terms = Dialect.List(terms), limit }, transaction, cancellationToken: ct));
        return shortlist.ToList();
    }

    internal string TermRaritySql => $"SELECT term, df FROM term_stats WHERE {Dialect.In("term", "terms")}";

    internal string ShortlistSql => $"""
        SELECT article_id FROM story_terms WHERE {Dialect.In("term", "terms")}
        GROUP BY article_id ORDER BY COUNT(*) DESC, article_id LIMIT @limit
        """;

    /// <summary>
    /// The story, publication time and index terms (latest version) of each shortlisted article, in shortlist order,
    /// then of every article placed after placement number <paramref name="placedAfter"/>.
    /// </summary>
    public async Task<IReadOnlyList<CandidateArticle>> CandidatesAsync(DbConnection connection, DbTransaction? transaction,
        IReadOnlyList<Guid> shortlist, long placedAfter, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<CandidateRow>(
            new CommandDefinition(CandidatesSql, new { ids = Dialect.List(shortlist), placedAfter }, transaction, cancellationToken: ct));
        return Candidates(shortlist, rows);
    }

    internal string CandidatesSql => $"""
        SELECT article_id AS ArticleId, story_id AS StoryId, published_at AS PublishedAt, terms AS Terms FROM story_articles a
        WHERE {Dialect.In("article_id", "ids")}
          AND version = (SELECT MAX(version) FROM story_articles b WHERE b.article_id = a.article_id)
        UNION
        SELECT article_id, story_id, published_at, terms FROM story_articles a
        WHERE placed_seq > @placedAfter
          AND version = (SELECT MAX(version) FROM story_articles b WHERE b.article_id = a.article_id)
        ORDER BY ArticleId
        """;

    private sealed record CandidateRow(Guid ArticleId, Guid StoryId, DateTimeOffset? PublishedAt, string? Terms);

    private static List<CandidateArticle> Candidates(IReadOnlyList<Guid> shortlist, IEnumerable<CandidateRow> rows)
    {
        var found = rows.ToDictionary(r => r.ArticleId);
        return shortlist.Where(found.ContainsKey)
            .Concat(found.Keys.Except(shortlist))
            .Select(id => new CandidateArticle(id, found[id].StoryId, found[id].PublishedAt, (found[id].Terms ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
    }

    public async Task<IReadOnlyList<StoredArticle>> StoryArticlesAsync(DbConnection connection, DbTransaction transaction, Guid storyId, CancellationToken ct) =>
        (await connection.QueryAsync<StoredArticle>(new CommandDefinition(MembersSql, new { storyId }, transaction, cancellationToken: ct))).ToList();

    private const string MembersSql = $"""
        SELECT {ArticleColumns} FROM story_articles a
        WHERE story_id = @storyId
          AND version = (SELECT MAX(version) FROM story_articles b WHERE b.article_id = a.article_id)
        ORDER BY doc
        """;

    /// <summary>
    /// Takes the story's row lock (<see cref="BumpRevisionAsync"/>) and reads, in the same round trip, the story, the story
    /// the article is in now (a merge or move may have re-pointed it since placement), the stored conflicts and the members.
    /// </summary>
    public async Task<LockedStory> LockStoryAsync(DbConnection connection, DbTransaction transaction, Guid storyId, Guid articleId, int version, CancellationToken ct)
    {
        const string sql = $"""
            UPDATE stories SET revision = revision + 1 WHERE id = @storyId RETURNING id AS Id, title AS Title, revision AS Revision;
            SELECT story_id FROM story_articles WHERE article_id = @articleId AND version = @version;
            {ConflictsSql};
            {MembersSql}
            """;
        using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { storyId, articleId, version }, transaction, cancellationToken: ct));
        var story = await results.ReadSingleAsync<StoryRow>();
        var articleStory = await results.ReadSingleAsync<Guid>();
        var conflicts = ConflictsOf(await results.ReadAsync<string>());
        var members = (await results.ReadAsync<StoredArticle>()).ToList();
        return new LockedStory(story, articleStory, conflicts, members);
    }

    public async Task<StoryRow?> FindStoryAsync(DbConnection connection, DbTransaction? transaction, Guid storyId, CancellationToken ct)
    {
        const string sql = "SELECT id AS Id, title AS Title, revision AS Revision FROM stories WHERE id = @storyId";
        return await connection.QuerySingleOrDefaultAsync<StoryRow>(new CommandDefinition(sql, new { storyId }, transaction, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<Conflict>> ConflictsAsync(DbConnection connection, DbTransaction? transaction, Guid storyId, CancellationToken ct) =>
        ConflictsOf(await connection.QueryAsync<string>(new CommandDefinition(ConflictsSql, new { storyId }, transaction, cancellationToken: ct)));

    private const string ConflictsSql = "SELECT body FROM conflicts WHERE story_id = @storyId ORDER BY id";

    private static List<Conflict> ConflictsOf(IEnumerable<string> bodies) => bodies.Select(b => JsonSerializer.Deserialize<Conflict>(b)!).ToList();

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

    /// <summary>
    /// Stores an article placed under the placement lock whose number is <paramref name="placedSeq"/>, posts the
    /// <paramref name="posted"/> terms to the inverted index and counts all its <paramref name="terms"/> towards term rarity
    /// (for the article's first version only); one round trip, as the lock is held meanwhile.
    /// </summary>
    public async Task InsertAndIndexAsync(DbConnection connection, DbTransaction transaction, StoredArticle article, IReadOnlyList<string> terms,
        IReadOnlyList<string> posted, bool firstVersion, long placedSeq, DateTimeOffset now, CancellationToken ct)
    {
        // "WHERE true" lets SQLite tell the upsert clause from a join constraint after INSERT ... SELECT.
        var insert = $"""
            INSERT INTO story_articles (article_id, version, story_id, doc, outlet, title, url, published_at, fingerprint, entities, claims, terms, placed_seq, compared_at)
            VALUES (@ArticleId, @Version, @StoryId, @Doc, @Outlet, @Title, @Url, @PublishedAt, @Fingerprint, @Entities, @Claims, @ArticleTerms, @placedSeq, @now)
            ON CONFLICT DO NOTHING;
            INSERT INTO story_terms (term, article_id) SELECT value, @ArticleId FROM {Dialect.Rows("terms")} WHERE true
            ON CONFLICT DO NOTHING
            """;
        var count = $"""
            ;
            INSERT INTO term_stats (term, df) SELECT value, 1 FROM {Dialect.Rows("counted")} WHERE true
            ON CONFLICT (term) DO UPDATE SET df = term_stats.df + 1
            """;
        await connection.ExecuteAsync(new CommandDefinition(firstVersion ? insert + count : insert, new
        {
            article.ArticleId, article.Version, article.StoryId, article.Doc, article.Outlet, article.Title, article.Url,
            article.PublishedAt, article.Fingerprint, article.Entities, article.Claims, ArticleTerms = article.Terms, placedSeq, now,
            terms = Dialect.List(posted), counted = Dialect.List(terms.Append(ArticleCountKey)),
        }, transaction, cancellationToken: ct));
    }

    /// <summary>Replaces the story's conflicts with the ones that hold now, in one round trip.</summary>
    public async Task ReplaceConflictsAsync(DbConnection connection, DbTransaction transaction, Guid storyId, IReadOnlyList<Conflict> conflicts, DateTimeOffset now, CancellationToken ct)
    {
        var sql = $"""
            DELETE FROM conflicts WHERE story_id = @storyId;
            INSERT INTO conflicts (id, story_id, body, detected_at)
            SELECT held.id, @storyId, held.body, @now FROM {Dialect.Records("held", "id text", "body text")}
            """;
        var rows = JsonSerializer.Serialize(conflicts.Select(c => new { id = c.Id, body = JsonSerializer.Serialize(c) }));
        await connection.ExecuteAsync(new CommandDefinition(sql, new { storyId, now, held = rows }, transaction, cancellationToken: ct));
    }
}

/// <summary>A story under its row lock, with what comparing it needs.</summary>
public sealed record LockedStory(StoryRow Story, Guid ArticleStoryId, IReadOnlyList<Conflict> Conflicts, IReadOnlyList<StoredArticle> Members);
