using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using FactCheck.Comparison.Data;
using FactCheck.Comparison.Engine;
using FactCheck.Contracts;
using MassTransit;

namespace FactCheck.Comparison;

/// <summary>What comparing one article changed in its story.</summary>
public sealed record ComparisonOutcome(
    StoryRow Story, StoredArticle Article, int ClaimCount, IReadOnlyList<Conflict> Conflicts,
    IReadOnlyList<Conflict> Announce, IReadOnlyList<Guid> Resolved, string ResolvedReason, Guid VoiceId)
{
    /// <summary>Stories this article proved to be the same event, merged into <see cref="Story"/> (also on redelivery).</summary>
    public IReadOnlyList<MergedStory> Merged { get; init; } = [];
}

/// <summary>
/// Places an article in a story (through the term index, under the placement lock) and then recomputes
/// the story's conflicts under the story's row lock, so articles of one story compared at the same
/// moment in any number of processes always see each other.
/// </summary>
public sealed class StoryComparison(StoryRepository stories, TimeProvider clock)
{
    private readonly StoryMerging _merging = new(stories);
    private readonly StoryMergeRepository _merges = new();

    public async Task<ComparisonOutcome> CompareAsync(ClaimsExtracted message, CancellationToken ct)
    {
        await using var connection = await stories.OpenAsync(ct);
        var now = clock.GetUtcNow();

        var (placed, merged, redelivered) = await PlaceAsync(connection, message, now, ct);
        var (article, story, before, conflicts, voice) = await RecomputeAsync(connection, placed, now, ct);

        var previous = before.ToDictionary(c => c.Id, c => JsonSerializer.Serialize(c));
        var announce = redelivered
            ? conflicts
            : conflicts.Where(c => !previous.TryGetValue(c.Id, out var body) || body != JsonSerializer.Serialize(c)).ToList();
        var resolved = before.Select(c => c.Id).Except(conflicts.Select(c => c.Id)).ToList();
        var reason = message.Version > 1
            ? string.Create(CultureInfo.InvariantCulture, $"corrected by {message.Outlet} at {now:yyyy-MM-dd HH:mm} UTC (version {message.Version})")
            : $"no longer holds once {message.Doc} joined the story";
        return new ComparisonOutcome(story, article, message.Claims.Count, conflicts, announce, resolved, reason, voice)
        {
            Merged = merged,
        };
    }

    /// <summary>Recomputes the conflicts of the article's story under the story's lock, and stores them.</summary>
    private async Task<(StoredArticle Article, StoryRow Story, IReadOnlyList<Conflict> Before, IReadOnlyList<Conflict> Conflicts, Guid VoiceId)> RecomputeAsync(
        DbConnection connection, StoredArticle article, DateTimeOffset now, CancellationToken ct)
    {
        using var turn = await stories.WriterTurnAsync(ct);
        var (comparison, locked) = await LockStoryOfAsync(connection, article, ct);
        await using var transaction = comparison;
        var story = locked.Story;
        var evidence = locked.Members.Select(a => a.ToEvidence()).ToList();
        var conflicts = ConflictFinder.Find(story.Id, evidence);
        var voice = Voices.Assign(evidence).GetValueOrDefault(article.ArticleId, article.ArticleId);
        await stories.ReplaceConflictsAsync(connection, transaction, story.Id, conflicts, now, ct);
        await transaction.CommitAsync(ct);
        return (article with { StoryId = story.Id }, story, locked.Conflicts, conflicts, voice);
    }

    /// <summary>
    /// Locks the story the article belongs to now: a merge or an editor's move may have re-pointed it after
    /// placement committed, so the lock is taken, the article's story read again under it, and taken anew if it moved.
    /// </summary>
    private async Task<(DbTransaction Transaction, LockedStory Story)> LockStoryOfAsync(DbConnection connection, StoredArticle article, CancellationToken ct)
    {
        var storyId = article.StoryId;
        while (true)
        {
            var transaction = await connection.BeginTransactionAsync(ct);
            var locked = await stories.LockStoryAsync(connection, transaction, storyId, article.ArticleId, article.Version, ct);
            if (locked.ArticleStoryId == storyId)
                return (transaction, locked);
            await transaction.RollbackAsync(ct);
            await transaction.DisposeAsync();
            storyId = locked.ArticleStoryId;
        }
    }

    private static string MergedBy(ClaimsExtracted message) => $"article:{message.ArticleId:N}:{message.Version}";

    /// <summary>
    /// Places the article in a story, unless an earlier delivery of this message did. The term index is read before the
    /// placement lock is taken; under the lock only the articles placed since are added to the candidates, so the lock,
    /// which every placement in every process waits for, is held for a few short statements.
    /// </summary>
    private async Task<(StoredArticle Article, IReadOnlyList<MergedStory> Merged, bool Redelivered)> PlaceAsync(DbConnection connection,
        ClaimsExtracted message, DateTimeOffset now, CancellationToken ct)
    {
        var terms = StoryFeatures.Terms(message.Title, message.Text);
        var lookup = await StoryPlacement.LookUpAsync(stories, connection, null, terms, ct);

        using var turn = await stories.WriterTurnAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var (placedSeq, versions, candidates) = await stories.LockPlacementForAsync(connection, transaction, message.ArticleId,
            lookup.Shortlist, lookup.PlacedAfter, now, ct);
        if (versions.FirstOrDefault(v => v.Version == message.Version) is { } stored)
        {
            var mergedBefore = await _merges.MergedByAsync(connection, transaction, MergedBy(message), ct);
            await transaction.CommitAsync(ct);
            return (stored, mergedBefore, true);
        }

        var earlier = versions.FirstOrDefault();
        IReadOnlyList<MergedStory> merged = [];
        var storyId = earlier?.StoryId;
        if (storyId is null)
        {
            var matches = StoryPlacement.Matches(terms, message.PublishedAt, lookup, candidates);
            (storyId, merged) = await _merging.PlaceAsync(connection, transaction, matches, MergedBy(message), now, ct);
        }

        if (storyId is null)
        {
            storyId = NewId.NextGuid();
            await stories.CreateStoryAsync(connection, transaction, new StoryRow(storyId.Value, TitleOf(message), 0), now, ct);
        }

        var article = new StoredArticle
        {
            ArticleId = message.ArticleId,
            Version = message.Version,
            StoryId = storyId.Value,
            Doc = message.Doc,
            Outlet = message.Outlet,
            Title = message.Title,
            Url = message.Url,
            PublishedAt = message.PublishedAt,
            Fingerprint = message.Fingerprint,
            Entities = JsonSerializer.Serialize(terms.Entities),
            Claims = JsonSerializer.Serialize(message.Claims),
            Terms = string.Join(' ', terms.All),
        };
        await stories.InsertAndIndexAsync(connection, transaction, article, terms.All, StoryPlacement.PostedTerms(terms, lookup.Holding),
            firstVersion: earlier is null, placedSeq, now, ct);
        await transaction.CommitAsync(ct);
        return (article, merged, false);
    }

    private static string TitleOf(ClaimsExtracted message)
    {
        if (!string.IsNullOrWhiteSpace(message.Title))
            return message.Title;
        var firstLine = message.Text.Split('\n', 2)[0];
        return firstLine.Length <= 90 ? firstLine : firstLine[..87].TrimEnd() + "...";
    }
}
