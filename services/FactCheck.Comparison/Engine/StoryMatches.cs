namespace FactCheck.Comparison.Engine;

/// <summary>
/// A story a new article is the same event as: its best candidate's score, whether both publication times were known
/// for any matching candidate, and the publication times of the matching candidates that have one.
/// </summary>
public sealed record StoryMatch(Guid StoryId, double Score, bool Dated)
{
    public IReadOnlyList<DateTimeOffset> CandidateTimes { get; init; } = [];
}

/// <summary>
/// Every story a new article matches by the rules of <see cref="StoryPlacement"/> (shared entities, shared
/// distinctive words and the publication window, together). When the article matches two or more stories
/// with both publication times known, they report one event and are merged.
/// <para>
/// An undated match merges only when it is strong (<see cref="UndatedMergeScore"/>) and the dated articles of all
/// the stories to merge lie within the publication window of each other: two events in one place a year apart
/// look alike to an undated article that names both, and their own dates tell them apart. Plain files carry no
/// dates, and without this a cluster fed in an unlucky order stayed split: two early articles that matched weakly
/// made two stories, and the later ones that matched both strongly could not join them.
/// </para>
/// </summary>
public static class StoryMatches
{
    public const double UndatedMergeScore = 0.15;

    /// <summary>Matching stories, best first: the first is the story a new article joins.</summary>
    public static IReadOnlyList<StoryMatch> All(ArticleTerms terms, DateTimeOffset? publishedAt, IReadOnlyList<CandidateArticle> candidates,
        IReadOnlyDictionary<string, long> holding, long articles)
    {
        double Weight(string term) => StoryFeatures.Rarity(articles, holding.GetValueOrDefault(term));

        return candidates
            .Select(c => (c.StoryId, c.PublishedAt, Score: StoryFeatures.Similarity(terms.All, publishedAt, c.Terms, c.PublishedAt, Weight),
                Dated: publishedAt is not null && c.PublishedAt is not null))
            .Where(x => x.Score >= StoryFeatures.MatchThreshold)
            .GroupBy(x => x.StoryId)
            .Select(g => new StoryMatch(g.Key, g.Max(x => x.Score), g.Any(x => x.Dated))
            {
                CandidateTimes = g.Where(x => x.PublishedAt is not null).Select(x => x.PublishedAt!.Value).ToList(),
            })
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.StoryId)
            .ToList();
    }

    /// <summary>The stories to merge into one: every dated match, and every strong undated one when dates allow; none unless two.</summary>
    public static IReadOnlyList<Guid> ToMerge(IReadOnlyList<StoryMatch> matches)
    {
        var merging = matches.Where(m => m.Dated || m.Score >= UndatedMergeScore).ToList();
        var times = merging.SelectMany(m => m.CandidateTimes).ToList();
        if (times.Count > 0 && times.Max() - times.Min() > StoryFeatures.Window)
            merging = merging.Where(m => m.Dated).ToList();
        return merging.Count >= 2 ? merging.Select(m => m.StoryId).ToList() : [];
    }
}
