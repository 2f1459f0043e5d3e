using FactCheck.Comparison.Data;
using FactCheck.Comparison.Engine;
using FactCheck.Contracts;
using FactCheck.Platform.Data;

namespace FactCheck.Comparison.Drafts;

/// <summary>A draft to check before it is published.</summary>
public sealed record DraftSubmission
{
    public string? Title { get; init; }
    public string Text { get; init; } = "";
    public string? Outlet { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
}

/// <summary>The story a draft would join and the conflicts it would raise there.</summary>
public sealed record DraftVerdict(Guid? StoryId, string? StoryTitle, int ClaimCount, IReadOnlyList<Conflict> Conflicts);

/// <summary>Reads the claims of a draft; the host supplies it from the extraction engine.</summary>
public interface IDraftClaimReader
{
    IReadOnlyList<Claim> Read(string? title, string text, DateTimeOffset? publishedAt);
}

/// <summary>The draft was refused before any work: the message says what to fix.</summary>
public sealed class InvalidDraftException(string message) : Exception(message);

/// <summary>
/// Places a draft the way an article would be placed and compares it with its story, in a transaction
/// that is rolled back: nothing is stored and nothing is published.
/// </summary>
public sealed class DraftCheck(StoryRepository stories, IDraftClaimReader claims, TimeProvider clock)
{
    public const int MaxTextLength = 200_000;
    public const string DraftDoc = "draft";

    public async Task<DraftVerdict> CheckAsync(DraftSubmission draft, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(draft.Text))
            throw new InvalidDraftException("Send the draft's text in \"text\"; it is empty.");
        if (draft.Text.Length > MaxTextLength)
            throw new InvalidDraftException($"The draft has {draft.Text.Length} characters; at most {MaxTextLength} are checked.");

        var publishedAt = draft.PublishedAt ?? clock.GetUtcNow();
        var found = claims.Read(draft.Title, draft.Text, publishedAt);
        await using var connection = await stories.OpenAsync(ct);
        await using var readOnly = await ModuleDatabase.BeginSnapshotAsync(connection, ct);
        var terms = StoryFeatures.Terms(draft.Title, draft.Text);
        var lookup = await StoryPlacement.LookUpAsync(stories, connection, readOnly, terms, ct);
        var storyId = (await StoryPlacement.MatchesAsync(stories, connection, readOnly, terms, publishedAt, lookup, ct)).FirstOrDefault()?.StoryId;
        if (storyId is null)
            return new DraftVerdict(null, null, found.Count, []);

        var story = await stories.FindStoryAsync(connection, readOnly, storyId.Value, ct);
        var members = (await stories.StoryArticlesAsync(connection, readOnly, storyId.Value, ct)).Select(a => a.ToEvidence()).ToList();
        var self = new ArticleEvidence(Guid.NewGuid(), DraftDoc, draft.Outlet ?? DraftDoc, publishedAt, 0, found) { Title = draft.Title };
        var conflicts = ConflictFinder.Find(storyId.Value, [.. members, self])
            .Where(c => c.Sides.Any(s => s.Sources.Any(x => x.ArticleId == self.ArticleId)))
            .ToList();
        return new DraftVerdict(storyId, story?.Title, found.Count, conflicts);
    }
}
