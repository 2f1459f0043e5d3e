namespace FactCheck.Comparison.Engine;

/// <summary>A story a new article is the same event as: its best candidate's score, and whether both publication times were known.</summary>
public sealed record StoryMatch(Guid StoryId, double Score, bool Dated);

/// <summary>
/// Every story a new article matches by the rules of <see cref="StoryPlacement"/> (shared entities, shared
/// distinctive words and the publication window, together). When the article matches two or more stories
/// with both publication times known, they report one event and are merged; an undated match never merges,
/// because the time window is then unchecked and two events in one place a year apart would look alike.
/// </summary>
public static class StoryMatches
{
    /// <summary>Matching stories, best first: the first is the story a new article joins.</summary>
    public static IReadOnlyList<StoryMatch> All(ArticleTerms terms, DateTimeOffset? publishedAt, IReadOnlyList<CandidateArticle> candidates,
        IReadOnlyDictionary<string, long> holding, long articles)
    {
        double Weight(string term) => StoryFeatures.Rarity(articles, holding.GetValueOrDefault(term));

        return candidates
            .Select(c => (c.StoryId, Score: StoryFeatures.Similarity(terms.All, publishedAt, c.Terms, c.PublishedAt, Weight),
                Dated: publishedAt is not null && c.PublishedAt is not null))
            .Where(x => x.Score >= StoryFeatures.MatchThreshold)
            .GroupBy(x => x.StoryId)
            .Select(g => new StoryMatch(g.Key, g.Max(x => x.Score), g.Any(x => x.Dated)))
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.StoryId)
            .ToList();
    }

    /// <summary>The stories to merge into one: every dated match, when there are at least two; otherwise none.</summary>
    public static IReadOnlyList<Guid> ToMerge(IReadOnlyList<StoryMatch> matches)
    {
        var dated = matches.Where(m => m.Dated).Select(m => m.StoryId).ToList();
        return dated.Count >= 2 ? dated : [];
    }
}
