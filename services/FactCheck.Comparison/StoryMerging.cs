using System.Data.Common;
using FactCheck.Comparison.Data;
using FactCheck.Comparison.Engine;

namespace FactCheck.Comparison;

/// <summary>
/// Folds stories into one. Callers hold the placement lock (so no placement, move or other merge runs at the
/// same time); the stories' row locks are then taken in one fixed order (ascending id), so two merges, or a
/// merge and comparisons that each hold one story, never wait on each other in a circle.
/// </summary>
public sealed class StoryMerging(StoryRepository stories)
{
    private readonly StoryMergeRepository _merges = new();

    /// <summary>Takes the stories' row locks in ascending id order and returns each story's new revision.</summary>
    public async Task<IReadOnlyDictionary<Guid, long>> LockAsync(DbConnection connection, DbTransaction transaction, IEnumerable<Guid> storyIds, CancellationToken ct)
    {
        var revisions = new Dictionary<Guid, long>();
        foreach (var storyId in storyIds.Distinct().Order())
            revisions[storyId] = await stories.BumpRevisionAsync(connection, transaction, storyId, ct);
        return revisions;
    }

    /// <summary>
    /// Merges <paramref name="absorbed"/> into <paramref name="into"/>: articles re-pointed, the absorbed stories'
    /// conflicts removed (their ids are returned, to be announced as resolved) and each kept as a redirect.
    /// The caller recomputes the conflicts of <paramref name="into"/>.
    /// </summary>
    public async Task<IReadOnlyList<MergedStory>> MergeAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Guid> absorbed,
        StoryState into, string by, DateTimeOffset now, CancellationToken ct)
    {
        var revisions = await LockAsync(connection, transaction, [.. absorbed, into.Id], ct);
        var merged = new List<MergedStory>();
        foreach (var storyId in absorbed)
        {
            var resolved = (await stories.ConflictsAsync(connection, transaction, storyId, ct)).Select(c => c.Id).ToList();
            await _merges.RepointStoryAsync(connection, transaction, storyId, into.Id, ct);
            await stories.ReplaceConflictsAsync(connection, transaction, storyId, [], now, ct);
            await _merges.MarkMergedAsync(connection, transaction, storyId, into.Id, by, resolved, now, ct);
            merged.Add(new MergedStory(storyId, into.Id, revisions[storyId], resolved, StoryMergeRepository.MergeReason(into.Title, into.Id)));
        }

        return merged;
    }

    /// <summary>
    /// When a new article is the same event as several stories, merges them into the oldest (editor splits
    /// respected) and returns the story the article joins with the merges made; otherwise the best match.
    /// </summary>
    public async Task<(Guid? StoryId, IReadOnlyList<MergedStory> Merged)> PlaceAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<StoryMatch> matches, string by, DateTimeOffset now, CancellationToken ct)
    {
        var toMerge = StoryMatches.ToMerge(matches);
        if (toMerge.Count == 0)
            return (matches.FirstOrDefault()?.StoryId, []);

        var states = new List<StoryState>();
        foreach (var storyId in toMerge)
        {
            if (await _merges.StateAsync(connection, transaction, storyId, ct) is { MergedInto: null } state)
                states.Add(state);
        }

        if (states.Count < 2)
            return (matches[0].StoryId, []);
        var ordered = states.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToList();
        var kept = new List<StoryState> { ordered[0] };
        foreach (var candidate in ordered.Skip(1))
        {
            var apart = false;
            foreach (var other in kept)
                apart = apart || await _merges.KeptApartAsync(connection, transaction, candidate.Id, other.Id, ct);
            if (!apart)
                kept.Add(candidate);
        }

        if (kept.Count == 1)
            return (matches[0].StoryId, []);
        return (kept[0].Id, await MergeAsync(connection, transaction, kept.Skip(1).Select(s => s.Id).ToList(), kept[0], by, now, ct));
    }
}
