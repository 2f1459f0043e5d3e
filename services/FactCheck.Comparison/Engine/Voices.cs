using System.Numerics;
using System.Text.RegularExpressions;

namespace FactCheck.Comparison.Engine;

/// <summary>
/// Groups syndicated copies and light rewrites of one wire story into one voice: their SimHash
/// fingerprints lie a few bits apart, or most of their claim sentences are the same text.
/// </summary>
public static partial class Voices
{
    public const int MaxFingerprintDistance = 6;
    public const double SharedSentenceShare = 0.5;
    public const int MinSharedSentences = 3;

    /// <summary>The voice of each article: the id of the first article (by doc) of its group.</summary>
    public static IReadOnlyDictionary<Guid, Guid> Assign(IReadOnlyList<ArticleEvidence> articles)
    {
        var ordered = articles.OrderBy(a => a.Doc, StringComparer.Ordinal).ThenBy(a => a.ArticleId).ToList();
        var sentences = ordered.ToDictionary(a => a.ArticleId, a => a.Claims.Select(c => c.Quote).Distinct(StringComparer.Ordinal).Select(Fold).Where(q => q.Length > 40).ToHashSet());
        var voices = new UnionFind<Guid>(ordered.Select(a => a.ArticleId).ToList());
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count; j++)
            {
                if (SameVoice(ordered[i], ordered[j], sentences))
                    voices.Union(ordered[i].ArticleId, ordered[j].ArticleId);
            }
        }

        return ordered.ToDictionary(a => a.ArticleId, a => voices.Root(a.ArticleId));
    }

    private static bool SameVoice(ArticleEvidence a, ArticleEvidence b, Dictionary<Guid, HashSet<string>> sentences)
    {
        if (a.Fingerprint != 0 && b.Fingerprint != 0 && BitOperations.PopCount((ulong)(a.Fingerprint ^ b.Fingerprint)) <= MaxFingerprintDistance)
            return true;
        var (x, y) = (sentences[a.ArticleId], sentences[b.ArticleId]);
        var shared = x.Count(y.Contains);
        return shared >= MinSharedSentences && shared >= SharedSentenceShare * Math.Min(x.Count, y.Count);
    }

    private static string Fold(string quote) => Space().Replace(quote.Trim().ToLowerInvariant(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
