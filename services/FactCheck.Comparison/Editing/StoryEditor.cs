using System.Data.Common;
using System.Text.Json;
using FactCheck.Comparison.Data;
using FactCheck.Comparison.Engine;
using FactCheck.Contracts;
using MassTransit;

namespace FactCheck.Comparison.Editing;

/// <summary>What an editor's action changed: every affected story's new state and the conflict events to publish.</summary>
public sealed record StoryEdit(IReadOnlyList<StoryRevised> Stories, IReadOnlyList<ConflictDetected> Detected, IReadOnlyList<ConflictResolved> Resolved)
{
    /// <summary>Published after commit; a lost publish is healed by asking again, which announces the same state.</summary>
    public async Task PublishAsync(IPublishEndpoint publish, CancellationToken ct)
    {
        foreach (var resolved in Resolved)
            await publish.Publish(resolved, ct);
        foreach (var detected in Detected)
            await publish.Publish(detected, ct);
        foreach (var story in Stories)
            await publish.Publish(story, ct);
    }
}

/// <summary>The action was refused before anything changed; the message says what to do instead.</summary>
public sealed class StoryEditException(int statusCode, string title, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Title { get; } = title;
}

/// <summary>
/// Editors' corrections to clustering: merge a story into another, move an article to another or a new story.
/// Each runs in one transaction under the placement lock with the stories' row locks in ascending id order
/// (as automatic merges take them), recomputes the conflicts of every affected story, and is idempotent:
/// asking again for what is already so changes nothing and announces the current state again.
/// </summary>
public sealed class StoryEditor(StoryRepository stories, TimeProvider clock)
{
    private readonly StoryMerging _merging = new(stories);
    private readonly StoryMergeRepository _merges = new();

    public async Task<StoryEdit> MergeAsync(Guid storyId, Guid intoId, string editor, CancellationToken ct)
    {
        if (storyId == intoId)
            throw new StoryEditException(400, "Story not merged", $"Story {storyId} cannot be merged into itself; name another story in \"into\".");

        using var turn = await stories.WriterTurnAsync(ct);
        await using var connection = await stories.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        await stories.LockPlacementAsync(connection, transaction, now, ct);
        var story = await FindStoryAsync(connection, transaction, storyId, "Story not merged", ct);
        var into = await FindStoryAsync(connection, transaction, intoId, "Story not merged", ct);
        if (into.MergedInto is { } redirect)
            throw new StoryEditException(409, "Story not merged", $"Story {intoId} was itself merged into {redirect}; merge into {redirect} instead.");
        if (story.MergedInto is { } elsewhere && elsewhere != intoId)
            throw new StoryEditException(409, "Story not merged", $"Story {storyId} was already merged into {elsewhere}.");

        var edit = new EditBuilder(now);
        var changed = story.MergedInto is null;
        var before = await stories.ConflictsAsync(connection, transaction, intoId, ct);
        if (changed)
            edit.Absorbed((await _merging.MergeAsync(connection, transaction, [storyId], into, $"editor:{editor}", now, ct)).Single());
        else
        {
            await _merging.LockAsync(connection, transaction, [intoId], ct);
            edit.Absorbed((await _merges.MergedAsync(connection, transaction, storyId, ct))!);
        }

        await RecomputeAsync(connection, transaction, edit, intoId, before, changed, $"story {storyId} merged into this one by {editor}", ct);
        await transaction.CommitAsync(ct);
        return edit.Build();
    }

    public async Task<StoryEdit> MoveAsync(Guid articleId, Guid? toStoryId, bool newStory, string editor, CancellationToken ct)
    {
        const string refused = "Article not moved";
        if (toStoryId is null == !newStory)
            throw new StoryEditException(400, refused, "Send either {\"story\": \"<story id>\"} or {\"newStory\": true}.");

        using var turn = await stories.WriterTurnAsync(ct);
        await using var connection = await stories.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        await stories.LockPlacementAsync(connection, transaction, now, ct);
        var article = await stories.LatestVersionAsync(connection, transaction, articleId, ct)
            ?? throw new StoryEditException(404, refused, $"No article has the id {articleId} in comparison (it may not have been compared yet).");
        var from = (await _merges.StateAsync(connection, transaction, article.StoryId, ct))!;
        var edit = new EditBuilder(now);

        StoryState to;
        if (newStory && await _merges.ArticleCountAsync(connection, transaction, from.Id, ct) == 1)
            to = from;
        else if (newStory)
        {
            to = new StoryState { Id = NewId.NextGuid(), Title = article.Title ?? article.Doc, CreatedAt = now };
            await stories.CreateStoryAsync(connection, transaction, new StoryRow(to.Id, to.Title, 0), now, ct);
        }
        else
        {
            to = await FindStoryAsync(connection, transaction, toStoryId!.Value, refused, ct);
            if (to.MergedInto is { } redirect)
                throw new StoryEditException(409, refused, $"Story {to.Id} was merged into {redirect}; move the article to {redirect} instead.");
        }

        if (to.Id == from.Id)
        {
            await _merging.LockAsync(connection, transaction, [from.Id], ct);
            await RecomputeAsync(connection, transaction, edit, from.Id, await stories.ConflictsAsync(connection, transaction, from.Id, ct), false, "", ct);
            await transaction.CommitAsync(ct);
            return edit.Build();
        }

        await _merging.LockAsync(connection, transaction, [from.Id, to.Id], ct);
        var beforeFrom = await stories.ConflictsAsync(connection, transaction, from.Id, ct);
        var beforeTo = await stories.ConflictsAsync(connection, transaction, to.Id, ct);
        await _merges.RepointArticleAsync(connection, transaction, articleId, to.Id, ct);
        await _merges.KeepApartAsync(connection, transaction, from.Id, to.Id, ct);
        var reason = $"article {articleId} ({article.Doc}) moved from story {from.Id} to story {to.Id} by {editor}";
        if (await _merges.ArticleCountAsync(connection, transaction, from.Id, ct) == 0)
        {
            // An emptied story stays as a redirect to where its last article went, so links to it still lead somewhere.
            await stories.ReplaceConflictsAsync(connection, transaction, from.Id, [], now, ct);
            await _merges.MarkMergedAsync(connection, transaction, from.Id, to.Id, $"editor:{editor}", beforeFrom.Select(c => c.Id).ToList(), now, ct);
            edit.Absorbed((await _merges.MergedAsync(connection, transaction, from.Id, ct))!);
        }
        else
            await RecomputeAsync(connection, transaction, edit, from.Id, beforeFrom, true, reason, ct);

        await RecomputeAsync(connection, transaction, edit, to.Id, beforeTo, true, reason, ct);
        await transaction.CommitAsync(ct);
        return edit.Build();
    }

    private async Task<StoryState> FindStoryAsync(DbConnection connection, DbTransaction transaction, Guid storyId, string refused, CancellationToken ct) =>
        await _merges.StateAsync(connection, transaction, storyId, ct)
        ?? throw new StoryEditException(404, refused, $"No story has the id {storyId}.");

    /// <summary>Recomputes a live story's conflicts from its members; unchanged conflicts are announced again only when nothing changed (a repeated request).</summary>
    private async Task RecomputeAsync(DbConnection connection, DbTransaction transaction, EditBuilder edit, Guid storyId,
        IReadOnlyList<Conflict> before, bool changed, string reason, CancellationToken ct)
    {
        var members = await stories.StoryArticlesAsync(connection, transaction, storyId, ct);
        var conflicts = ConflictFinder.Find(storyId, members.Select(a => a.ToEvidence()).ToList());
        await stories.ReplaceConflictsAsync(connection, transaction, storyId, conflicts, edit.Now, ct);
        var story = (await stories.FindStoryAsync(connection, transaction, storyId, ct))!;
        edit.Live(story, members.Select(a => a.ArticleId).ToList(), before, conflicts, changed, reason);
    }

    private sealed class EditBuilder(DateTimeOffset now)
    {
        private readonly List<StoryRevised> _stories = [];
        private readonly List<ConflictDetected> _detected = [];
        private readonly List<ConflictResolved> _resolved = [];

        public DateTimeOffset Now => now;

        public void Absorbed(MergedStory merged)
        {
            _stories.Add(new StoryRevised
            {
                StoryId = merged.StoryId, StoryRevision = merged.Revision, MergedInto = merged.MergedInto, Reason = merged.Reason, RevisedAt = now,
            });
            _resolved.AddRange(merged.ResolvedConflicts.Select(id => new ConflictResolved { ConflictId = id, StoryId = merged.StoryId, Reason = merged.Reason, ResolvedAt = now }));
        }

        public void Live(StoryRow story, IReadOnlyList<Guid> members, IReadOnlyList<Conflict> before, IReadOnlyList<Conflict> after, bool changed, string reason)
        {
            _stories.Add(new StoryRevised
            {
                StoryId = story.Id, StoryRevision = story.Revision, StoryTitle = story.Title, ArticleIds = members, Conflicts = after,
                Reason = reason, RevisedAt = now,
            });
            var previous = before.ToDictionary(c => c.Id, c => JsonSerializer.Serialize(c));
            _detected.AddRange(after
                .Where(c => !changed || !previous.TryGetValue(c.Id, out var body) || body != JsonSerializer.Serialize(c))
                .Select(c => new ConflictDetected { ConflictId = c.Id, StoryId = story.Id, StoryTitle = story.Title, Conflict = c, DetectedAt = now }));
            _resolved.AddRange(before.Select(c => c.Id).Except(after.Select(c => c.Id))
                .Select(id => new ConflictResolved { ConflictId = id, StoryId = story.Id, Reason = $"no longer holds: {reason}", ResolvedAt = now }));
        }

        public StoryEdit Build() => new(_stories, _detected, _resolved);
    }
}
