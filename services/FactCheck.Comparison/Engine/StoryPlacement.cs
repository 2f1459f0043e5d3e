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
    /// Looks the article's rarest terms up in the index and returns every story it is the same event as,
    /// best first (see <see cref="StoryMatches"/>); the first is the story the article joins.
    /// </summary>
    public static async Task<IReadOnlyList<StoryMatch>> MatchesAsync(StoryRepository stories, DbConnection connection, DbTransaction transaction,
        ArticleTerms terms, DateTimeOffset? publishedAt, CancellationToken ct)
    {
        var holding = await stories.HoldingAsync(connection, transaction, terms.All, ct);
        var lookup = LookupTerms(terms, holding);
        var shortlist = await stories.ShortlistAsync(connection, transaction, lookup, MaxCandidates, ct);
        var candidates = await stories.CandidatesAsync(connection, transaction, shortlist, ct);
        return StoryMatches.All(terms, publishedAt, candidates, holding, holding.GetValueOrDefault(StoryRepository.ArticleCountKey));
    }
}
