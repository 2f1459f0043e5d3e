using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Contracts;

namespace FactCheck.Intake.Cleaning;

/// <summary>
/// Keeps the paragraphs of a scraped article and drops page furniture: headline lists, share and
/// comment widgets, timestamps, copyright lines and repeated lines. Kept lines are copied verbatim so
/// every claim can quote the original at its own offsets.
/// </summary>
public static partial class TextCleaner
{
    private const int MinimumWords = 6;

    public static CleanedText Clean(string original)
    {
        var text = new StringBuilder(original.Length);
        var segments = new List<TextSegment>();
        var removed = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (start, length) in Lines(original))
        {
            var line = original.AsSpan(start, length);
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
                continue;
            var leading = line.Length - line.TrimStart().Length;
            var content = trimmed.ToString();
            if (!IsStoryParagraph(content) || !seen.Add(content))
            {
                removed.Add(content);
                continue;
            }

            if (text.Length > 0)
                text.Append('\n');
            segments.Add(new TextSegment(text.Length, start + leading, content.Length));
            text.Append(content);
        }

        return new CleanedText(text.ToString(), segments, removed);
    }

    /// <summary>A paragraph of the story is a sentence or more of running text, not a headline or a widget.</summary>
    internal static bool IsStoryParagraph(string line)
    {
        if (WordCount(line) < MinimumWords)
            return false;
        if (!EndsLikeSentence(line))
            return false;
        return !Furniture().IsMatch(line);
    }

    private static bool EndsLikeSentence(string line)
    {
        var last = line.TrimEnd(' ', '\u00a0')[^1];
        return last is '.' or '!' or '?' or '"' or '\u201d' or '\'' or '\u2019' or ')' or ':';
    }

    private static int WordCount(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
                count++;
            inWord = letter;
        }

        return count;
    }

    private static IEnumerable<(int Start, int Length)> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
                continue;
            var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            yield return (start, end - start);
            start = i + 1;
        }
    }

    [GeneratedRegex(@"^(all rights reserved|copyright|©|share (on|this)|leave a reply|your email address|required fields|sign up|subscribe|click here|read more|advertisement|unblock notifications)|all rights reserved|\bcookies?\b.*\bpolicy\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Furniture();
}
