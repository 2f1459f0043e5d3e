using System.Text.Json;
using FactCheck.Comparison.Data;
using FactCheck.Comparison.Engine;
using FactCheck.Contracts;
using MassTransit;

namespace FactCheck.Comparison;

/// <summary>What comparing one article changed in its story.</summary>
public sealed record ComparisonOutcome(
    StoryRow Story, StoredArticle Article, int ClaimCount, IReadOnlyList<Conflict> Conflicts,
    IReadOnlyList<Conflict> Announce, IReadOnlyList<Guid> Resolved);

/// <summary>Places an article in a story and recomputes the story's conflicts, in one transaction.</summary>
public sealed class StoryComparison(StoryRepository stories, TimeProvider clock)
{
    public async Task<ComparisonOutcome> CompareAsync(ClaimsExtracted message, CancellationToken ct)
    {
        await using var connection = await stories.OpenAsync(ct);

        var stored = await stories.FindArticleAsync(connection, message.ArticleId, message.Version, ct);
        if (stored is not null)
        {
            // Redelivered: announce the stored state again; every reader of these events is idempotent.
            var story = (await stories.FindStoryAsync(connection, stored.StoryId, ct))!;
            var current = await stories.ConflictsAsync(connection, story.Id, ct);
            return new ComparisonOutcome(story, stored, message.Claims.Count, current, current, []);
        }

        var entities = StoryFeatures.Entities((message.Title ?? "") + "\n" + message.Text);
        var candidates = await stories.CandidatesAsync(connection, ct);
        var storyId = PickStory(message, entities, candidates);
        var existing = storyId is null ? null : await stories.FindStoryAsync(connection, storyId.Value, ct);
        var storyRow = existing ?? new StoryRow(NewId.NextGuid(), TitleOf(message), 0);

        var article = new StoredArticle
        {
            ArticleId = message.ArticleId,
            Version = message.Version,
            StoryId = storyRow.Id,
            Doc = message.Doc,
            Outlet = message.Outlet,
            Title = message.Title,
            Url = message.Url,
            PublishedAt = message.PublishedAt,
            Fingerprint = message.Fingerprint,
            Entities = JsonSerializer.Serialize(entities),
            Claims = JsonSerializer.Serialize(message.Claims),
        };
        var members = (existing is null ? [] : await stories.StoryArticlesAsync(connection, storyRow.Id, ct))
            .Where(a => a.ArticleId != article.ArticleId)
            .Append(article)
            .Select(a => a.ToEvidence())
            .ToList();
        var before = existing is null ? [] : await stories.ConflictsAsync(connection, storyRow.Id, ct);
        var conflicts = ConflictFinder.Find(storyRow.Id, members);

        var now = clock.GetUtcNow();
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (existing is null)
            await stories.CreateStoryAsync(connection, transaction, storyRow, now, ct);
        await stories.InsertArticleAsync(connection, transaction, article, now, ct);
        var revision = await stories.BumpRevisionAsync(connection, transaction, storyRow.Id, ct);
        await stories.ReplaceConflictsAsync(connection, transaction, storyRow.Id, conflicts, now, ct);
        await transaction.CommitAsync(ct);

        var previous = before.ToDictionary(c => c.Id, c => JsonSerializer.Serialize(c));
        var announce = conflicts.Where(c => !previous.TryGetValue(c.Id, out var body) || body != JsonSerializer.Serialize(c)).ToList();
        var resolved = before.Select(c => c.Id).Except(conflicts.Select(c => c.Id)).ToList();
        return new ComparisonOutcome(storyRow with { Revision = revision }, article, message.Claims.Count, conflicts, announce, resolved);
    }

    private static Guid? PickStory(ClaimsExtracted message, IReadOnlySet<string> entities, IReadOnlyList<StoredArticle> candidates)
    {
        var earlierVersion = candidates.FirstOrDefault(c => c.ArticleId == message.ArticleId);
        if (earlierVersion is not null)
            return earlierVersion.StoryId;

        return candidates
            .Select(c => (c.StoryId, Score: StoryFeatures.Similarity(
                entities, message.PublishedAt, JsonSerializer.Deserialize<HashSet<string>>(c.Entities)!, c.PublishedAt)))
            .Where(x => x.Score >= StoryFeatures.MatchThreshold)
            .GroupBy(x => x.StoryId)
            .OrderByDescending(g => g.Max(x => x.Score))
            .Select(g => (Guid?)g.Key)
            .FirstOrDefault();
    }

    private static string TitleOf(ClaimsExtracted message)
    {
        if (!string.IsNullOrWhiteSpace(message.Title))
            return message.Title;
        var firstLine = message.Text.Split('\n', 2)[0];
        return firstLine.Length <= 90 ? firstLine : firstLine[..87].TrimEnd() + "...";
    }
}
