namespace FactCheck.Extraction.Engine;

/// <summary>Splits text into sentences without losing offsets; abbreviations like "U.N." and "Mr." do not end one.</summary>
public static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr",
        "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "a.m", "p.m",
    };

    /// <summary>No real sentence is longer; a longer run (a table, a dump, a line without stops) is cut into pieces this size.</summary>
    public const int MaxLength = 1_000;

    public static IEnumerable<(int Start, int End)> Split(string text)
    {
        foreach (var (start, end) in Sentence(text))
        {
            var from = start;
            while (end - from > MaxLength)
            {
                var cut = Cut(text, from, from + MaxLength);
                yield return (from, cut);
                from = cut;
                while (from < end && char.IsWhiteSpace(text[from]))
                    from++;
            }

            if (end > from)
                yield return (from, end);
        }
    }

    /// <summary>Where to cut an overlong run: after the last space or comma, else between a letter or digit and anything else.</summary>
    private static int Cut(string text, int from, int limit)
    {
        for (var i = limit; i > from + MaxLength / 2; i--)
        {
            if (char.IsWhiteSpace(text[i - 1]) || text[i - 1] is ',' or ';')
                return i;
        }

        for (var i = limit; i > from + MaxLength / 2; i--)
        {
            if (char.IsLetterOrDigit(text[i - 1]) != char.IsLetterOrDigit(text[i]))
                return i;
        }

        return limit;
    }

    private static IEnumerable<(int Start, int End)> Sentence(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (i > start)
                    yield return Trim(text, start, i);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?'))
                continue;
            var next = i + 1;
            while (next < text.Length && text[next] is '"' or '\u201d' or '\'' or '\u2019' or ')')
                next++;
            if (next < text.Length && text[next] != ' ')
                continue;
            if (c == '.' && IsAbbreviation(text, start, i))
                continue;
            var after = next;
            while (after < text.Length && text[after] == ' ')
                after++;
            if (after < text.Length && char.IsLower(text[after]))
                continue;
            yield return Trim(text, start, next);
            start = next;
        }

        if (start < text.Length && text.AsSpan(start).Trim().Length > 0)
            yield return Trim(text, start, text.Length);
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        // Abbreviations are short; looking further back would make a long run of "a.b.c." quadratic.
        while (wordStart > sentenceStart && dot - wordStart < 12 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            wordStart--;
        var word = text[wordStart..dot];
        // "J. Smith" is an initial; "since the 1920s." and "a 10m." end sentences.
        var initial = word.Length == 1 && (wordStart == 0 || !char.IsDigit(text[wordStart - 1]));
        return initial || Abbreviations.Contains(word) || (word.Contains('.') && word.Length <= 4);
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return (start, end);
    }
}
