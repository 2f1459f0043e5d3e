using System.Text.RegularExpressions;

namespace FactCheck.Comparison.Engine;

/// <summary>An article's index terms: named entities and distinctive words, each prefixed so they never collide.</summary>
public sealed record ArticleTerms(IReadOnlySet<string> Entities, IReadOnlySet<string> Words)
{
    public const string EntityPrefix = "e:";
    public const string WordPrefix = "w:";

    public IReadOnlyList<string> All { get; } =
        Entities.Select(e => EntityPrefix + e).Concat(Words.Select(w => WordPrefix + w)).Order(StringComparer.Ordinal).ToList();
}

/// <summary>
/// The signals that say two articles report one event, used together and never alone: the named
/// entities they share, the distinctive words they share (weighted by how rare they are among stored
/// articles) and the publication-time window. Pure, so matching is testable without a database.
/// </summary>
public static partial class StoryFeatures
{
    public const double MatchThreshold = 0.1;
    public const int MinimumSharedEntities = 2;
    public const int MinimumSharedWords = 3;
    public const int MaxWords = 80;
    public static readonly TimeSpan Window = TimeSpan.FromDays(4);

    private static readonly HashSet<string> NotEntities = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "but", "and", "or", "if", "this", "that",
        "these", "those", "since", "after", "before", "when", "while", "as", "for", "of", "to", "by", "with", "from", "his",
        "her", "their", "its", "our", "there", "some", "all", "both", "last", "next", "recent", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "mr", "mrs", "ms", "according", "however", "meanwhile", "instead",
        // The common nouns of proper names ("Loran River", "River Tamsin", "National Civil Protection Service"): every
        // river, ministry and national body has them, so two stories sharing them share nothing.
        "river", "lake", "sea", "ocean", "bay", "mount", "island", "bridge", "street", "road", "avenue", "square", "airport",
        "port", "station", "national", "international", "federal", "central", "general", "united", "royal", "republic",
        "service", "services", "agency", "ministry", "department", "office", "police", "army", "navy", "force", "forces",
        "university", "hospital", "province", "region", "county", "city", "state", "district", "council", "court", "party",
        "company", "group", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "great",
        "valley", "union", "unions", "association", "federation", "alliance", "movement", "committee", "commission", "assembly",
        "parliament", "senate", "chamber", "congress", "point", "coast", "trust", "standard",
        // Continents, platforms, parts of the day and a page's own furniture ("Morning Report", "Follow us on Facebook",
        // "Wire", "Ltd"): any two stories in one week may share them.
        "europe", "asia", "africa", "america", "americas", "facebook", "twitter", "instagram", "youtube", "tiktok", "linkedin",
        "whatsapp", "morning", "afternoon", "evening", "night", "news", "radio", "wire", "reporter", "correspondent", "editor",
        "editing", "briefing", "ltd", "plc", "inc", "privacy", "cookie", "cookies", "business", "daily", "nordic", "baltic",
        "scandinavian",
        // Titles before names ("Health Minister", "Interior Minister", "Chief Inspector"): every story's officials carry them.
        "minister", "prime", "deputy", "president", "secretary", "chief", "director", "governor", "mayor", "inspector",
        "spokesman", "spokeswoman", "spokesperson", "commissioner", "chairman", "chairwoman",
    };

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "about", "after", "again", "against", "among", "around", "because", "before", "being", "below", "between", "could",
        "during", "every", "first", "their", "there", "these", "those", "three", "through", "under", "until", "where",
        "which", "while", "would", "other", "people", "still", "since", "said", "says", "saying", "years", "later", "today",
        "yesterday", "according", "should", "might", "whose", "another", "without", "within", "across", "several", "also",
        "have", "having", "were", "been", "that", "this", "with", "from", "they", "them", "will", "more", "than", "what",
        "when", "into", "over", "some", "such", "only", "just", "like", "most", "many", "much", "very", "then", "there's",
    };

    /// <summary>Entities and distinctive words of an article's title and text.</summary>
    public static ArticleTerms Terms(string? title, string text)
    {
        var body = (title ?? "") + "\n" + text;
        var entities = Entities(body);
        var words = LowerWord().Matches(body)
            .Select(m => m.Value)
            .Where(w => !CommonWords.Contains(w) && !entities.Contains(w))
            .GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxWords)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return new ArticleTerms(entities, words);
    }

    /// <summary>Capitalised words that are not sentence openers, lower-cased: names of people, places and bodies.</summary>
    public static IReadOnlySet<string> Entities(string text)
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in CapitalisedWord().Matches(text))
        {
            // Trimming every final s ("Business" is "busine") is how stored terms were made, so it stays; the list is read whole.
            var word = match.Value.TrimEnd('\'', '\u2019', 's');
            if (word.Length < 3 || NotEntities.Contains(word) || NotEntities.Contains(match.Value))
                continue;
            entities.Add(word.ToLowerInvariant());
        }

        return entities;
    }

    /// <summary>
    /// How strongly two articles look like one event, 0 to 1: rarity-weighted share of their terms,
    /// and 0 unless they share entities and words and lie inside the time window.
    /// </summary>
    public static double Similarity(IReadOnlyList<string> a, DateTimeOffset? aPublished, IReadOnlyList<string> b, DateTimeOffset? bPublished, Func<string, double> weight)
    {
        if (aPublished is { } x && bPublished is { } y && (x - y).Duration() > Window)
            return 0;
        var other = b.ToHashSet(StringComparer.Ordinal);
        var shared = a.Where(other.Contains).ToList();
        if (shared.Count(t => t.StartsWith(ArticleTerms.EntityPrefix, StringComparison.Ordinal)) < MinimumSharedEntities
            || shared.Count(t => t.StartsWith(ArticleTerms.WordPrefix, StringComparison.Ordinal)) < MinimumSharedWords)
            return 0;
        var smaller = Math.Min(a.Sum(weight), b.Sum(weight));
        return smaller <= 0 ? 0 : shared.Sum(weight) / smaller;
    }

    /// <summary>Rarity of a term among <paramref name="articles"/> stored articles, given how many hold it.</summary>
    public static double Rarity(long articles, long holding) => Math.Log((Math.Max(articles, SmallestCorpus) + 1.0) / (holding + 1.0)) + 1;

    /// <summary>
    /// Rarity is read as if at least this many articles were stored. In a young database the only story's own names are in
    /// every article and would weigh as little as "said": a tabloid's version of the one event, sharing its names and little
    /// of its wording, then stayed a story of its own.
    /// </summary>
    public const long SmallestCorpus = 200;

    [GeneratedRegex(@"(?<=[a-z,;:]\s+|\b(?:the|The|of|in|at)\s+)\p{Lu}[\p{L}'\u2019-]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\b[a-z][a-z-]{4,}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LowerWord();
}
