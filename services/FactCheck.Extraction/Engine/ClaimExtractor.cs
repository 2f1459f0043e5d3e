using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Extraction.Engine;

/// <summary>
/// Finds counts with the noun they count and ordinals with the noun they order, sentence by sentence.
/// Pure: text in, claims out.
/// </summary>
public static partial class ClaimExtractor
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["dozen"] = 12, ["hundred"] = 100,
    };

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["twentieth"] = 20,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    };

    private static readonly (string Phrase, string Bound)[] BoundPhrases =
    [
        ("more than", Bounds.AtLeast), ("at least", Bounds.AtLeast), ("over", Bounds.AtLeast), ("upwards of", Bounds.AtLeast),
        ("fewer than", Bounds.AtMost), ("less than", Bounds.AtMost), ("up to", Bounds.AtMost), ("at most", Bounds.AtMost),
        ("about", Bounds.About), ("around", Bounds.About), ("nearly", Bounds.About), ("almost", Bounds.About),
        ("roughly", Bounds.About), ("some", Bounds.About), ("approximately", Bounds.About),
    ];

    private static readonly HashSet<string> People = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "civilians", "soldiers", "children", "residents", "troops", "fighters", "militants", "others",
    };

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "are", "was", "were",
        "have", "has", "had", "be", "been", "that", "which", "who", "percent",
    };

    public static IReadOnlyList<ExtractedClaim> Extract(string text, DateTimeOffset? publishedAt = null)
    {
        var claims = new List<ExtractedClaim>();
        var seen = new HashSet<(string, string, double?, string)>();
        foreach (var (start, end) in Sentences.Split(text))
        {
            var sentence = text[start..end];
            foreach (var claim in Numbers(sentence, start, end).Concat(Ordinals(sentence, start, end)))
            {
                if (seen.Add((claim.Kind, claim.Slot, claim.Value, claim.Bound)))
                    claims.Add(claim);
            }
        }

        return claims;
    }

    private static IEnumerable<ExtractedClaim> Numbers(string sentence, int start, int end)
    {
        foreach (Match match in NumberPattern().Matches(sentence))
        {
            var value = ParseNumber(match.Groups["number"].Value);
            if (value is null)
                continue;
            if (match.Groups["scale"].Success)
                value *= Scales[match.Groups["scale"].Value];
            var numberText = match.Groups["number"].Value;
            if (IsYear(numberText, match.Groups["scale"].Success))
                continue;

            var rest = sentence[(match.Index + match.Length)..];
            var noun = NextNoun(rest);
            if (noun is null)
                continue;
            var slot = match.Groups["suffix"].Value.Equals("strong", StringComparison.OrdinalIgnoreCase)
                ? Lemma(noun) + ".size"
                : SlotFor(noun, sentence);

            var (bound, boundText) = BoundBefore(sentence, match.Index);
            var (low, high) = Interval(value.Value, bound);
            yield return new ExtractedClaim
            {
                Kind = ClaimKinds.Number,
                Slot = slot,
                Value = value,
                Low = low,
                High = high,
                Bound = bound,
                Display = (boundText is null ? "" : boundText + " ") + match.Value.Trim(),
                SentenceStart = start,
                SentenceEnd = end,
                Attribution = Attribution(sentence),
            };
        }
    }

    private static IEnumerable<ExtractedClaim> Ordinals(string sentence, int start, int end)
    {
        foreach (Match match in OrdinalPattern().Matches(sentence))
        {
            var word = match.Groups["ordinal"].Value;
            int value;
            if (OrdinalWords.TryGetValue(word, out var fromWord))
                value = fromWord;
            else if (!int.TryParse(word.AsSpan(0, word.Length - 2), CultureInfo.InvariantCulture, out value))
                continue;
            var noun = Lemma(match.Groups["noun"].Value);
            if (noun is "time" or "half" or "quarter")
                continue;
            yield return new ExtractedClaim
            {
                Kind = ClaimKinds.Ordinal,
                Slot = noun,
                Value = value,
                Low = value,
                High = value,
                Display = match.Value,
                SentenceStart = start,
                SentenceEnd = end,
                Attribution = Attribution(sentence),
            };
        }
    }

    private static double? ParseNumber(string text)
    {
        if (NumberWords.TryGetValue(text, out var word))
            return word;
        return double.TryParse(text.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static bool IsYear(string text, bool scaled) =>
        !scaled && text.Length == 4 && !text.Contains(',') && int.TryParse(text, out var year) && year is >= 1800 and <= 2100;

    private static string? NextNoun(string rest)
    {
        foreach (Match word in WordPattern().Matches(rest))
        {
            var token = word.Value;
            if (NotCounted.Contains(token))
                return null;
            // A hyphenated modifier ("de-escalation zones") leaves the head noun to the next word.
            if (token.Contains('-') || Adjective(token))
                continue;
            return token.ToLowerInvariant();
        }

        return null;
    }

    private static bool Adjective(string token) =>
        token.EndsWith("ian", StringComparison.OrdinalIgnoreCase) || token.EndsWith("ese", StringComparison.OrdinalIgnoreCase)
        || token.Equals("other", StringComparison.OrdinalIgnoreCase) || token.Equals("more", StringComparison.OrdinalIgnoreCase);

    private static string SlotFor(string noun, string sentence)
    {
        if (People.Contains(noun))
        {
            var lower = sentence.ToLowerInvariant();
            if (lower.Contains("kill") || lower.Contains("dead") || lower.Contains("death") || lower.Contains("died"))
                return "deaths";
            if (lower.Contains("injur") || lower.Contains("wound"))
                return "injured";
            if (lower.Contains("displace") || lower.Contains("refugee"))
                return "displaced";
            if (lower.Contains("arrest") || lower.Contains("detain"))
                return "arrested";
        }

        return Lemma(noun);
    }

    internal static string Lemma(string noun)
    {
        var word = noun.ToLowerInvariant();
        if (word.EndsWith("ies") && word.Length > 4)
            return word[..^3] + "y";
        if (word.EndsWith("ses") || word.EndsWith("xes") || word.EndsWith("ches"))
            return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss") && word.Length > 3)
            return word[..^1];
        return word;
    }

    private static (string Bound, string? Text) BoundBefore(string sentence, int index)
    {
        var before = sentence.AsSpan(0, index).TrimEnd();
        foreach (var (phrase, bound) in BoundPhrases)
        {
            if (before.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (before.Length == phrase.Length || !char.IsLetter(before[before.Length - phrase.Length - 1])))
                return (bound, before[^phrase.Length..].ToString());
        }

        return (Bounds.Exact, null);
    }

    private static (double? Low, double? High) Interval(double value, string bound) => bound switch
    {
        Bounds.AtLeast => (value, null),
        Bounds.AtMost => (null, value),
        Bounds.About => (value * 0.9, value * 1.1),
        _ => (value, value),
    };

    private static string? Attribution(string sentence)
    {
        var match = AttributionPattern().Match(sentence);
        return match.Success ? match.Groups["source"].Value.Trim() : null;
    }

    [GeneratedRegex(@"(?<![\w.,])(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozen)(?:\s+(?<scale>thousand|million|billion|trillion))?(?:-(?<suffix>strong|year|month|day|week))?(?![\w,]*\d)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b(?<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|\d+(?:st|nd|rd|th))[\s-]+(?<noun>[a-z]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OrdinalPattern();

    [GeneratedRegex(@"[\p{L}][\p{L}'-]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"according to (?<source>(?:the )?[A-Z][\w'-]*(?:\s+(?:of|for|and|the|[A-Z][\w'-]*))*)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AttributionPattern();
}
