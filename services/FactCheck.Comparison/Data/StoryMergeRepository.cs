using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace FactCheck.Comparison.Data;

/// <summary>A story's row with its redirect: <see cref="MergedInto"/> is set once another story absorbed it.</summary>
public sealed record StoryState
{
    public Guid Id { get; init; }
    public string Title { get; init; } = "";
    public long Revision { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public Guid? MergedInto { get; init; }
}

/// <summary>A story absorbed by another, with the conflict ids its merge resolved.</summary>
public sealed record MergedStory(Guid StoryId, Guid MergedInto, long Revision, IReadOnlyList<Guid> ResolvedConflicts, string Reason);

/// <summary>Story membership changes: redirects of merged stories, re-pointed articles and pairs an editor split.</summary>
/// <remarks>Every call runs inside a transaction the caller opened through <see cref="StoryRepository"/>.</remarks>
public sealed class StoryMergeRepository
{
    public async Task<StoryState?> StateAsync(DbConnection connection, DbTransaction transaction, Guid storyId, CancellationToken ct)
    {
        const string sql = """
            SELECT id AS Id, title AS Title, revision AS Revision, created_at AS CreatedAt, merged_into AS MergedInto
            FROM stories WHERE id = @storyId
            """;
        return await connection.QuerySingleOrDefaultAsync<StoryState>(new CommandDefinition(sql, new { storyId }, transaction, cancellationToken: ct));
    }

    /// <summary>Sends every version of every article of <paramref name="from"/> to <paramref name="into"/>.</summary>
    public async Task RepointStoryAsync(DbConnection connection, DbTransaction transaction, Guid from, Guid into, CancellationToken ct)
    {
        const string sql = "UPDATE story_articles SET story_id = @into WHERE story_id = @from";
        await connection.ExecuteAsync(new CommandDefinition(sql, new { from, into }, transaction, cancellationToken: ct));
    }

    /// <summary>Sends every version of one article to <paramref name="into"/>, so a later version stays there too.</summary>
    public async Task RepointArticleAsync(DbConnection connection, DbTransaction transaction, Guid articleId, Guid into, CancellationToken ct)
    {
        const string sql = "UPDATE story_articles SET story_id = @into WHERE article_id = @articleId";
        await connection.ExecuteAsync(new CommandDefinition(sql, new { articleId, into }, transaction, cancellationToken: ct));
    }

    /// <summary>Keeps the story as a redirect to <paramref name="into"/>; stories that pointed at it point there too (one hop).</summary>
    public async Task MarkMergedAsync(DbConnection connection, DbTransaction transaction, Guid storyId, Guid into, string by,
        IReadOnlyList<Guid> resolved, DateTimeOffset now, CancellationToken ct)
    {
        const string mark = """
            UPDATE stories SET merged_into = @into, merged_by = @by, merged_at = @now, merged_conflicts = @conflicts
            WHERE id = @storyId
            """;
        const string flatten = "UPDATE stories SET merged_into = @into WHERE merged_into = @storyId";
        await connection.ExecuteAsync(new CommandDefinition(mark,
            new { storyId, into, by, now, conflicts = JsonSerializer.Serialize(resolved) }, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(flatten, new { storyId, into }, transaction, cancellationToken: ct));
    }

    private const string MergedColumns = """
        SELECT s.id AS StoryId, s.merged_into AS MergedInto, s.revision AS Revision, s.merged_conflicts AS Conflicts, t.title AS IntoTitle
        FROM stories s JOIN stories t ON t.id = s.merged_into
        """;

    /// <summary>The merges one article's placement (or one editor action) made, to announce them again on redelivery.</summary>
    public async Task<IReadOnlyList<MergedStory>> MergedByAsync(DbConnection connection, DbTransaction transaction, string by, CancellationToken ct)
    {
        const string sql = $"{MergedColumns} WHERE s.merged_by = @by ORDER BY s.id";
        var rows = await connection.QueryAsync<MergedRow>(new CommandDefinition(sql, new { by }, transaction, cancellationToken: ct));
        return rows.Select(r => r.ToMerged()).ToList();
    }

    /// <summary>How a merged story was merged; null for a story that was not.</summary>
    public async Task<MergedStory?> MergedAsync(DbConnection connection, DbTransaction transaction, Guid storyId, CancellationToken ct)
    {
        const string sql = $"{MergedColumns} WHERE s.id = @storyId";
        var row = await connection.QuerySingleOrDefaultAsync<MergedRow>(new CommandDefinition(sql, new { storyId }, transaction, cancellationToken: ct));
        return row?.ToMerged();
    }

    private sealed record MergedRow
    {
        public Guid StoryId { get; init; }
        public Guid MergedInto { get; init; }
        public long Revision { get; init; }
        public string? Conflicts { get; init; }
        public string IntoTitle { get; init; } = "";

        public MergedStory ToMerged() =>
            new(StoryId, MergedInto, Revision, JsonSerializer.Deserialize<List<Guid>>(Conflicts ?? "[]")!, MergeReason(IntoTitle, MergedInto));
    }

    /// <summary>Records that an editor split the pair: automatic merging leaves them apart.</summary>
    public async Task KeepApartAsync(DbConnection connection, DbTransaction transaction, Guid storyId, Guid otherId, CancellationToken ct)
    {
        const string sql = "INSERT INTO stories_kept_apart (story_id, other_id) VALUES (@a, @b) ON CONFLICT DO NOTHING";
        await connection.ExecuteAsync(new CommandDefinition(sql, new[] { new { a = storyId, b = otherId }, new { a = otherId, b = storyId } },
            transaction, cancellationToken: ct));
    }

    public async Task<bool> KeptApartAsync(DbConnection connection, DbTransaction transaction, Guid storyId, Guid otherId, CancellationToken ct)
    {
        const string sql = "SELECT COUNT(*) FROM stories_kept_apart WHERE story_id = @storyId AND other_id = @otherId";
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, new { storyId, otherId }, transaction, cancellationToken: ct)) > 0;
    }

    /// <summary>How many articles (any version) the story holds.</summary>
    public async Task<long> ArticleCountAsync(DbConnection connection, DbTransaction transaction, Guid storyId, CancellationToken ct)
    {
        const string sql = "SELECT COUNT(DISTINCT article_id) FROM story_articles WHERE story_id = @storyId";
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, new { storyId }, transaction, cancellationToken: ct));
    }

    /// <summary>The reason on the <c>ConflictResolved</c> of a merged story's conflicts; the same on every announcement.</summary>
    public static string MergeReason(string intoTitle, Guid into) => $"story merged into \"{intoTitle}\" ({into})";
}
