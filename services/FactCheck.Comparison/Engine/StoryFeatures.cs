using System.Text.RegularExpressions;

namespace FactCheck.Comparison.Engine;

/// <summary>
/// The signals that say two articles report one event: the named entities they share and the
/// publication-time window. Pure, so matching is testable without a database.
/// </summary>
public static partial class StoryFeatures
{
    public const double MatchThreshold = 0.35;
    public const int MinimumSharedEntities = 3;
    public static readonly TimeSpan Window = TimeSpan.FromDays(3);

    private static readonly HashSet<string> NotEntities = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "but", "and", "or", "if", "this", "that",
        "these", "those", "since", "after", "before", "when", "while", "as", "for", "of", "to", "by", "with", "from", "his",
        "her", "their", "its", "our", "there", "some", "all", "both", "last", "next", "recent", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "mr", "mrs", "ms", "according", "however", "meanwhile", "instead",
    };

    /// <summary>Capitalised words that are not sentence openers, lower-cased: names of people, places and bodies.</summary>
    public static IReadOnlySet<string> Entities(string text)
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in CapitalisedWord().Matches(text))
        {
            var word = match.Value.TrimEnd('\'', '\u2019', 's');
            if (word.Length < 3 || NotEntities.Contains(word))
                continue;
            entities.Add(word.ToLowerInvariant());
        }

        return entities;
    }

    /// <summary>How strongly two articles look like one event, 0 to 1; 0 when they are too far apart in time.</summary>
    public static double Similarity(IReadOnlySet<string> a, DateTimeOffset? aPublished, IReadOnlySet<string> b, DateTimeOffset? bPublished)
    {
        if (aPublished is { } x && bPublished is { } y && (x - y).Duration() > Window)
            return 0;
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var shared = a.Count(b.Contains);
        if (shared < MinimumSharedEntities)
            return 0;
        return shared / (double)Math.Min(a.Count, b.Count);
    }

    [GeneratedRegex(@"(?<=[a-z,;:]\s+|\b(?:the|The|of|in|at)\s+)\p{Lu}[\p{L}'\u2019-]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CapitalisedWord();
}
