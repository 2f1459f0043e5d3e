namespace FactCheck.Review.Desk;

/// <summary>
/// A quote cut into the pieces a page shows: the text around it, the quote, and within the quote the
/// disputed value to highlight. Pieces are plain text; the page encodes each one.
/// </summary>
public sealed record QuoteInContext(string Before, string QuoteStart, string Value, string QuoteEnd, string After)
{
    private const int ContextLength = 160;

    public static QuoteInContext Cut(string? articleText, string quote, string value)
    {
        var at = string.IsNullOrEmpty(value) ? -1 : quote.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        var (start, mark, end) = at < 0 ? (quote, "", "") : (quote[..at], quote.Substring(at, value.Length), quote[(at + value.Length)..]);
        var position = articleText is null || quote.Length == 0 ? -1 : articleText.IndexOf(quote, StringComparison.Ordinal);
        if (position < 0)
            return new QuoteInContext("", start, mark, end, "");

        var before = articleText![Math.Max(0, position - ContextLength)..position];
        var afterStart = position + quote.Length;
        var after = articleText[afterStart..Math.Min(articleText.Length, afterStart + ContextLength)];
        return new QuoteInContext(Trim(before, fromStart: true), start, mark, end, Trim(after, fromStart: false));
    }

    /// <summary>Cuts at a word boundary so context never starts or ends mid-word.</summary>
    private static string Trim(string context, bool fromStart)
    {
        if (context.Length < ContextLength)
            return context;
        var cut = fromStart ? context.IndexOf(' ') : context.LastIndexOf(' ');
        if (cut < 0)
            return context;
        return fromStart ? "…" + context[(cut + 1)..] : context[..cut] + "…";
    }
}
