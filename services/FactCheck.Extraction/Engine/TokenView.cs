namespace FactCheck.Extraction.Engine;

/// <summary>The tokens of one sentence over its text, with the small probes every reader needs.</summary>
internal sealed class TokenView(string text, List<Token> tokens)
{
    public string Text { get; } = text;
    public List<Token> Tokens { get; } = tokens;
    /// <summary>How far, in tokens, any look-around reaches: keeps a megabyte-long "sentence" linear.</summary>
    public const int Window = 40;

    public int Count => Tokens.Count;

    public int From(int i) => Math.Max(0, i - Window);

    public int To(int i) => Math.Min(Tokens.Count, i + Window);

    public Token this[int i] => Tokens[i];

    public ReadOnlySpan<char> Span(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].End - Tokens[i].Start);

    public string Str(int i) => Text[Tokens[i].Start..Tokens[i].End];

    public string Str(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    public bool In(int i) => i >= 0 && i < Tokens.Count;

    public bool IsWord(int i) => In(i) && Tokens[i].Kind == TokenKind.Word;

    public bool IsNumber(int i) => In(i) && Tokens[i].Kind == TokenKind.Number;

    public bool Is(int i, string word) => In(i) && Tokens[i].Kind != TokenKind.Number && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int i, WordTable<bool> words) => IsWord(i) && words.Contains(Span(i));

    public bool IsSymbol(int i, char c) => In(i) && Tokens[i].Kind == TokenKind.Symbol && Text[Tokens[i].Start] == c;

    public bool IsDash(int i) => In(i) && Tokens[i].Kind == TokenKind.Symbol && Text[Tokens[i].Start] is '-' or '\u2013' or '\u2014';

    public bool IsHyphen(int i) => In(i) && Tokens[i].Kind == TokenKind.Symbol && Text[Tokens[i].Start] is '-' or '\u2013';

    /// <summary>True when no white space separates token i from the one before it.</summary>
    public bool Attached(int i) => In(i) && !Tokens[i].Spaced;

    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);

    public bool IsClauseBreak(int i) =>
        In(i) && Tokens[i].Kind == TokenKind.Symbol && Text[Tokens[i].Start] is ',' or ';' or ':' or '(' or ')' or '"' or '\u201c' or '\u201d' or '.' or '!' or '?';

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
