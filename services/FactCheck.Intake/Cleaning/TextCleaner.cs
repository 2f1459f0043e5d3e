using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Contracts;

namespace FactCheck.Intake.Cleaning;

/// <summary>
/// Keeps the paragraphs of a scraped article and drops page furniture: headline lists, share and
/// comment widgets, timestamps, copyright lines and repeated lines. Kept lines are copied verbatim so
/// every claim can quote the original at its own offsets.
/// <para>
/// Each line is classed on its own (in the manner of jusText), then by its neighbours: a short
/// sentence ("Dozens were injured.") or a long sentence that lost its full stop is kept between
/// story paragraphs, and a full sentence standing alone among widgets and headline lists is dropped.
/// </para>
/// </summary>
public static partial class TextCleaner
{
    private const int SentenceWords = 6;
    private const int LongLineWords = 10;

    /// <summary>A sentence this long is story wherever it stands (jusText's "long good paragraph").</summary>
    private const int LongParagraphChars = 100;

    private enum Kind
    {
        /// <summary>A sentence or more of running text.</summary>
        Good,

        /// <summary>A very short sentence, or a long sentence without its final stop: story only among story.</summary>
        NearGood,

        /// <summary>A fragment: headline, label, byline. Dropped; two in a row mark a furniture zone.</summary>
        Short,

        /// <summary>Furniture for certain: widgets, timestamps, copyright, repeats, all-capitals banners.</summary>
        Bad,

        /// <summary>An advertisement slot marker: dropped, and invisible to its neighbours.</summary>
        Marker,
    }

    private enum Side
    {
        None,
        Good,
        Bad,
    }

    public static CleanedText Clean(string original)
    {
        var lines = NonBlankLines(original).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kinds = lines.Select(line => seen.Add(line.Content) ? Classify(line.Content) : Kind.Bad).ToArray();
        DropCommentSection(lines, kinds);

        var text = new StringBuilder(original.Length);
        var segments = new List<TextSegment>();
        var removed = new List<string>();
        var firstKept = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, content) = lines[i];
            if (!Keep(lines, kinds, i))
            {
                removed.Add(content);
                continue;
            }

            if (firstKept < 0)
                firstKept = i;

            if (text.Length > 0)
                text.Append('\n');
            segments.Add(new TextSegment(text.Length, start, content.Length));
            text.Append(content);
        }

        return new CleanedText(text.ToString(), segments, removed) { Headline = Headline(lines, kinds, firstKept) };
    }

    /// <summary>
    /// Readers' comments are full sentences with figures of their own ("14 is already too many", "six goals in 70 games"),
    /// so line by line they pass for story. A heading of its own ("Comments (218)", "COMMENTS (1,214)", "87 comments")
    /// that comes after at least half of the running text opens the comment section, and nothing from there on is story. The same
    /// heading above the story is a toolbar's counter and drops only itself.
    /// </summary>
    private static void DropCommentSection(List<(int Start, string Content)> lines, Kind[] kinds)
    {
        var goodAfter = kinds.Count(k => k == Kind.Good);
        var goodBefore = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] == Kind.Good)
            {
                goodBefore++;
                goodAfter--;
            }
            else if (goodBefore >= goodAfter && lines[i].Content.Length <= ShortLineChars && CommentsHeading().IsMatch(lines[i].Content))
            {
                Array.Fill(kinds, Kind.Bad, i, kinds.Length - i);
                return;
            }
        }
    }

    private const int HeadlineWords = 4;
    private const int HeadlineReach = 10;

    /// <summary>
    /// A plain-text file or a page without a title still starts with its headline, a fragment the cleaning drops; it
    /// names the event in few words, so it is kept as the title. It is the nearest fragment among the few lines before the
    /// first kept paragraph that has <see cref="HeadlineWords"/> words of letters and is not a menu, a byline or a date.
    /// </summary>
    private static string? Headline(List<(int Start, string Content)> lines, Kind[] kinds, int firstKept)
    {
        for (var i = firstKept - 1; i >= 0 && i >= firstKept - HeadlineReach; i--)
        {
            var line = lines[i].Content;
            // A long headline without a full stop reads like a sentence that lost its stop (NearGood), and is dropped all the same.
            if (kinds[i] is Kind.Short or Kind.NearGood && line.Length <= ShortLineChars && !NotHeadline().IsMatch(line) && LetterWords().Count(line) >= HeadlineWords)
                return line;
        }

        return null;
    }

    private static bool Keep(List<(int Start, string Content)> lines, Kind[] kinds, int i)
    {
        if (kinds[i] is not (Kind.Good or Kind.NearGood))
            return false;
        var before = Neighbour(kinds, i, -1);
        var after = Neighbour(kinds, i, +1);
        var anyGood = before == Side.Good || after == Side.Good;
        var anyBad = before == Side.Bad || after == Side.Bad;
        return kinds[i] == Kind.Good ? anyGood || !anyBad || lines[i].Content.Length >= LongParagraphChars : anyGood && !anyBad;
    }

    /// <summary>The nearest decided neighbour in one direction: a good or bad line, or two fragments in a row (a furniture zone).</summary>
    private static Side Neighbour(Kind[] kinds, int i, int step)
    {
        var fragments = 0;
        for (var j = i + step; j >= 0 && j < kinds.Length; j += step)
        {
            switch (kinds[j])
            {
                case Kind.Good:
                    return Side.Good;
                case Kind.Bad:
                    return Side.Bad;
                case Kind.Short when ++fragments >= 2:
                    return Side.Bad;
            }
        }

        return Side.None;
    }

    /// <summary>Longer than this, a line is no link, headline or heading: their patterns are not run along a megabyte of text.</summary>
    private const int ShortLineChars = 300;

    private static Kind Classify(string line)
    {
        // Furniture announces itself early in the line; a megabyte-long line is not searched end to end.
        var head = line.Length <= 300 ? line : line[..300];
        if (Marker().IsMatch(head))
            return Kind.Marker;
        if (Furniture().IsMatch(head) || !line.Any(char.IsLower))
            return Kind.Bad;
        // ">> Bus crash on Route 9: 14 hurt, driver arrested (Sept 2)", "Watch: Drone footage shows the ferry (1:48)": an
        // arrow, a media label, a date or a running time in brackets at the end mark a link to another page, a sentence or not;
        // "Ashby Athletic 3-0 Cottesby Saints (FT, friendly)" is a results widget's line.
        if (line.Length <= ShortLineChars && LinkLine().IsMatch(line))
            return Kind.Short;
        var words = Words.Of(line);
        if (EndsLikeSentence(line))
            return words.Count >= SentenceWords ? Kind.Good : words.Count >= 2 ? Kind.NearGood : Kind.Short;
        return words.Count >= LongLineWords && ReadsLikeProse(line, words) ? Kind.NearGood : Kind.Short;
    }

    /// <summary>Running text is full of function words and mostly lower case; headlines and link lists are not.</summary>
    private static bool ReadsLikeProse(string line, List<Range> words)
    {
        var stop = 0;
        var capitalised = 0;
        foreach (var range in words)
        {
            var word = line.AsSpan()[range];
            if (char.IsUpper(word[0]))
                capitalised++;
            if (StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                stop++;
        }

        return stop >= words.Count * 0.25 && capitalised < words.Count * 0.5;
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "over", "after",
        "before", "about", "than", "that", "which", "who", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "will", "would", "could", "should", "not", "no", "he", "she", "they", "we", "his", "her", "their", "our",
        "up", "out", "when", "while", "where", "said", "says", "there", "also", "more", "most", "some", "all", "if", "so", "then",
    };

    private static bool EndsLikeSentence(string line)
    {
        var last = line.TrimEnd(' ', '\u00a0')[^1];
        return last is '.' or '!' or '?' or '"' or '\u201d' or '\'' or '\u2019' or ')' or ':';
    }

    private static IEnumerable<(int Start, string Content)> NonBlankLines(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
                continue;
            var line = text.AsSpan(start, i - start);
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty)
                yield return (start + (line.Length - line.TrimStart().Length), trimmed.ToString());
            start = i + 1;
        }
    }

    [GeneratedRegex(@"[|›•]|\S {3,}\S|^[\[(]|^[-*]\s|\(\p{Lu}{2,}[^)]*\)\s*[-–—]|\b(photograph|photo|picture|image)s?\s*:|\b(correspondent|reporter)\b|^(by|updated|published|posted|picture|photo|image|caption)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotHeadline();

    [GeneratedRegex(@"(?<!\S)\p{L}[\p{L}'\u2019.-]*(?=[\s,:;!?]|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LetterWords();

    [GeneratedRegex(@"^(>+\s|»|›|→|►|▶|▸)|^(\p{Lu}[\p{L}.'&-]*\s){1,4}\d{1,2}[-–]\d{1,2}(\s\p{Lu}[\p{L}.'&-]*){1,4}\s*(\([^)]*\))?\s*$|\((from the archive,?\s*)?\d{4}([-–]\d{4})?\)\s*$|^([-*•]\s*)?(watch|video|listen( again)?|audio|gallery|in pictures)\s*:|^\[(video|audio|watch|gallery)\b[^\]]*\]|^[-*•]\s*(from the archive|editorial|opinion|analysis|letters|explainer|comment|interview|obituary|podcast|review)\b[^:]{0,20}:|\((\d{1,2}:)?\d{1,2}:\d{2}\)\s*$|\(((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)(,? \d{4})?\)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinkLine();

    [GeneratedRegex(@"^(advertisement|advertising|sponsored( content)?|ad)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(\(?(additional )?(reporting|writing|editing) by\b|our standards\b|all rights reserved|copyright|©|share (on|this)|leave a reply|your email address|required fields|sign up|subscribe|click here|read more|unblock notifications|(post with )?no comments|\d+ comments?$|comments?$|last updated|gmt \d{1,2}:\d{2}|(maintained|developed|designed|powered) (and developed )?by\b|you may also like|publishing terms|terms of (use|service)|recommended( articles)?$|related( articles| stories)?:?$)|all rights reserved|\bcookies?\b.*\bpolicy\b|\bquotes (are )?delayed\b|^\p{Lu}{2,6}\d?\s+will\s+(broadcast|air|stream)\b|\b(t\s?&\s?cs|terms and conditions) apply\b"
        + @"|^share\s*[|•·]|\|\s*comments?\s*\([\d,]+\)\s*$|^(puzzles?|competitions?|quiz|newsletters?|don['’]?t miss)\s*:|\btry \d+ (weeks|months) for\b|^(watch|listen|tune in)\b[^.]{0,80}\b(at|from)\s+\d{1,2}[:.]\d{2}\b"
        + @"|\bis (the|a|an) ([\p{L}-]+ ){0,3}(news agency|newswire|wire service)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^((reader|readers'|user)\s+)?comments?(\s*\([\d,.]+k?\))?:?$|^[\d,.]+k?\s+comments?$|^(join|start) the (conversation|discussion)$|^have your say$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CommentsHeading();
}
