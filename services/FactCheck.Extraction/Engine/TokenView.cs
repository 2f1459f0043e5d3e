namespace FactCheck.Extraction.Engine;

/// <summary>The tokens of one sentence over its text, with the small probes every reader needs.</summary>
internal sealed class TokenView(string text, List<Token> tokens)
{
    // An array read by reference: every probe would otherwise copy a 40-byte token.
    private readonly Token[] items = [.. tokens];

    public string Text { get; } = text;
    /// <summary>How far, in tokens, any look-around reaches: keeps a megabyte-long "sentence" linear.</summary>
    public const int Window = 40;

    public int Count => items.Length;

    public int From(int i) => Math.Max(0, i - Window);

    public int To(int i) => Math.Min(items.Length, i + Window);

    public ref readonly Token this[int i] => ref items[i];

    public ReadOnlySpan<char> Span(int i)
    {
        ref readonly var token = ref items[i];
        return Text.AsSpan(token.Start, token.End - token.Start);
    }

    /// <summary>A word without its possessive: "Sunday" of "Sunday's".</summary>
    public ReadOnlySpan<char> Bare(int i)
    {
        var span = Span(i);
        return span.EndsWith("'s") || span.EndsWith("\u2019s") ? span[..^2] : span;
    }

    public bool IsPossessive(int i) => IsWord(i) && Bare(i).Length < Span(i).Length;

    public string Str(int i) => Text[items[i].Start..items[i].End];

    public string Str(int first, int last) => Text[items[first].Start..items[last].End];

    public bool In(int i) => (uint)i < (uint)items.Length;

    public bool IsWord(int i) => In(i) && items[i].Kind == TokenKind.Word;

    public bool IsNumber(int i) => In(i) && items[i].Kind == TokenKind.Number;

    public bool Is(int i, string word) => In(i) && items[i].Kind != TokenKind.Number && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int i, WordTable<bool> words) => IsWord(i) && words.Contains(Span(i));

    public bool IsSymbol(int i, char c) => In(i) && items[i].Kind == TokenKind.Symbol && Text[items[i].Start] == c;

    public bool IsDash(int i) => In(i) && items[i].Kind == TokenKind.Symbol && Text[items[i].Start] is '-' or '\u2013' or '\u2014';

    public bool IsHyphen(int i) => In(i) && items[i].Kind == TokenKind.Symbol && Text[items[i].Start] is '-' or '\u2013';

    /// <summary>True when no white space separates token i from the one before it.</summary>
    public bool Attached(int i) => In(i) && !items[i].Spaced;

    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[items[i].Start]);

    public bool IsClauseBreak(int i) =>
        In(i) && items[i].Kind == TokenKind.Symbol && Text[items[i].Start] is ',' or ';' or ':' or '(' or ')' or '"' or '\u201c' or '\u201d' or '.' or '!' or '?';

    /// <summary>Matches a sequence of words ending at token <paramref name="last"/>.</summary>
    public bool EndsWith(int last, string[] words)
    {
        var start = last - words.Length + 1;
        if (start < 0)
            return false;
        for (var k = 0; k < words.Length; k++)
        {
            if (!Is(start + k, words[k]))
                return false;
        }

        return true;
    }

    public bool StartsWith(int first, params string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!Is(first + k, words[k]))
                return false;
        }

        return true;
    }
}
