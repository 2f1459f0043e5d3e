using System.Globalization;
using FactCheck.Contracts;

namespace FactCheck.Comparison.Engine;

/// <summary>Whether a headline states a claim's value: "Five dead, dozens injured in quake" states five deaths.</summary>
public static class Headlines
{
    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static readonly string[] SmallOrdinals =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    public static bool Mention(string? title, Claim claim)
    {
        if (string.IsNullOrWhiteSpace(title))
            return false;
        var words = title.Split([' ', ';', ':', '(', ')', '"', '\'', '\u2018', '\u2019', '\u201c', '\u201d', '!', '?'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('.', ',').ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        return Forms(claim).Any(form => form.Contains(' ', StringComparison.Ordinal)
            ? title.Contains(form, StringComparison.OrdinalIgnoreCase)
            : words.Contains(form) || words.Any(w => w.StartsWith(form + "-", StringComparison.Ordinal)));
    }

    /// <summary>The ways a headline may write the value: as the article did, in digits, or as a small word.</summary>
    private static IEnumerable<string> Forms(Claim claim)
    {
        if (claim.Kind is "name" or "date")
        {
            if (claim.Kind == "name" && claim.Text is { Length: > 0 } name)
                yield return name.Trim().ToLowerInvariant();
            yield break;
        }

        if (claim.Value is not { } value)
            yield break;
        yield return value.ToString("#,0.##", CultureInfo.InvariantCulture);
        yield return value.ToString("0.##", CultureInfo.InvariantCulture);
        if (value >= 0 && value <= 20 && value == Math.Floor(value))
        {
            var index = (int)value;
            yield return claim.Kind == "ordinal" ? SmallOrdinals[index] : Small[index];
            if (claim.Kind == "ordinal")
                yield return index + (index is 1 ? "st" : index is 2 ? "nd" : index is 3 ? "rd" : "th");
        }
        else if (claim.Kind == "ordinal" && value == Math.Floor(value))
        {
            var n = (long)value;
            var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
            yield return n.ToString(CultureInfo.InvariantCulture) + suffix;
        }
    }
}
