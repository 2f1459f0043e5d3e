using System.Data.Common;
using FactCheck.Comparison.Data;

namespace FactCheck.Comparison.Engine;

/// <summary>A stored article that shares index terms with a new one.</summary>
public sealed record CandidateArticle(Guid ArticleId, Guid StoryId, DateTimeOffset? PublishedAt, IReadOnlyList<string> Terms);

/// <summary>
/// Chooses which terms to look up and which story a new article joins. Only terms held by at most
/// <see cref="MaxPostings"/> articles are looked up, and only the <see cref="MaxCandidates"/> articles
/// sharing most of them are scored, so placing an article costs the same with 1 000 or 100 000 stored.
/// </summary>
public static class StoryPlacement
{
    public const int QueryTerms = 48;
    public const int MaxPostings = 400;
    public const int MaxCandidates = 24;

    public static IReadOnlyList<string> LookupTerms(ArticleTerms terms, IReadOnlyDictionary<string, long> holding) =>
        terms.All
            .Select(t => (Term: t, Df: holding.GetValueOrDefault(t)))
            .Where(x => x.Df is > 0 and <= MaxPostings)
            .OrderBy(x => x.Df)
            .ThenBy(x => x.Term, StringComparer.Ordinal)
            .Take(QueryTerms)
            .Select(x => x.Term)
            .ToList();

    /// <summary>
    /// The terms worth an entry in the inverted index: those that will still be rare enough to look up once this article is
    /// counted. A term in <see cref="MaxPostings"/> articles already is never looked up again (counts only grow), so its
    /// postings would be written for nothing; in news a few words ("said", "officials") are in most articles.
    /// </summary>
    public static IReadOnlyList<string> PostedTerms(ArticleTerms terms, IReadOnlyDictionary<string, long> holding) =>
        terms.All.Where(t => holding.GetValueOrDefault(t) < MaxPostings).ToList();

    /// <summary>
    /// Reads, without the placement lock, how rare the article's terms are and which stored articles share most of its
    /// rarest ones. The placement number is read first, so every article this shortlist may have missed carries a greater one.
    /// </summary>
    public static async Task<PlacementLookup> LookUpAsync(StoryRepository stories, DbConnection connection, DbTransaction? transaction,
        ArticleTerms terms, CancellationToken ct)
    {
        var (seen, holding) = await stories.HoldingAsync(connection, transaction, terms.All, ct);
        var shortlist = await stories.ShortlistAsync(connection, transaction, LookupTerms(terms, holding), MaxCandidates, ct);
        return new PlacementLookup(holding, shortlist, seen);
    }

    /// <summary>
    /// Every story the article is the same event as, best first (see <see cref="StoryMatches"/>); the first is the story
    /// it joins. Scores the shortlisted articles and every article placed since the lookup, in the stories they are in now.
    /// </summary>
    public static async Task<IReadOnlyList<StoryMatch>> MatchesAsync(StoryRepository stories, DbConnection connection, DbTransaction? transaction,
        ArticleTerms terms, DateTimeOffset? publishedAt, PlacementLookup lookup, CancellationToken ct) =>
        Matches(terms, publishedAt, lookup, await stories.CandidatesAsync(connection, transaction, lookup.Shortlist, lookup.PlacedAfter, ct));

    /// <summary>Scores candidates read for <paramref name="lookup"/> (see <see cref="MatchesAsync"/>).</summary>
    public static IReadOnlyList<StoryMatch> Matches(ArticleTerms terms, DateTimeOffset? publishedAt, PlacementLookup lookup, IReadOnlyList<CandidateArticle> candidates) =>
        StoryMatches.All(terms, publishedAt, candidates, lookup.Holding, lookup.Holding.GetValueOrDefault(StoryRepository.ArticleCountKey));
}

/// <summary>What placement read before taking its lock: term rarities, the shortlist, and the placement number it saw.</summary>
public sealed record PlacementLookup(IReadOnlyDictionary<string, long> Holding, IReadOnlyList<Guid> Shortlist, long PlacedAfter);
