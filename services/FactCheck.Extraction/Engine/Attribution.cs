namespace FactCheck.Extraction.Engine;

/// <summary>Who a sentence credits with its facts: "according to X", "X said", ", said X".</summary>
internal static class Attribution
{
    /// <summary>Verbs of telling: "X said", "told reporters", "the ministry announced".</summary>
    public static readonly WordTable<bool> Verbs = WordTable.Set("said", "says", "say", "told", "added", "announced", "stated", "explained", "insisted", "warned");
    private static readonly WordTable<bool> PhraseEnds = WordTable.Set("who", "which", "that", "on", "in", "at", "late", "early", "after", "before", "when", "while");
    private static readonly WordTable<bool> Pronouns = WordTable.Set("he", "she", "they", "it", "we", "i", "you", "who", "which", "that");
    private const int MaxWords = 10;

    public static string? Find(TokenView t)
    {
        for (var k = 0; k + 1 < t.Count; k++)
        {
            if (t.Is(k, "according") && t.Is(k + 1, "to"))
                return Phrase(t, k + 2, forward: true);
        }

        for (var k = 0; k < t.Count; k++)
        {
            if (!t.IsAny(k, Verbs))
                continue;
            var before = Phrase(t, k - 1, forward: false);
            if (before is not null)
                return before;
            // "Fauzi, an official from the agency, told AFP": the name before the apposition.
            if (t.IsSymbol(k - 1, ','))
            {
                var open = k - 2;
                while (open >= 0 && open > k - TokenView.Window && !t.IsClauseBreak(open))
                    open--;
                var described = t.Is(open + 1, "a") || t.Is(open + 1, "an") || t.Is(open + 1, "the");
                if (described && t.IsSymbol(open, ',') && Phrase(t, open - 1, forward: false) is { } named && named.Split(' ').Length <= 4 && char.IsUpper(named[0]))
                    return named;
            }

            if ((t.IsClauseBreak(k - 1) || k == 0) && !t.Is(k, "told"))
            {
                var after = Phrase(t, k + 1, forward: true);
                if (after is not null)
                    return after;
            }
        }

        return null;
    }

    private static string? Phrase(TokenView t, int from, bool forward)
    {
        var step = forward ? 1 : -1;
        var end = from;
        var k = from;
        for (var n = 0; n < MaxWords && t.In(k) && !t.IsClauseBreak(k) && !t.IsAny(k, Verbs) && !(forward && n > 0 && t.IsAny(k, PhraseEnds)); n++, k += step)
            end = k;
        if (!forward && t.In(k) && !t.IsClauseBreak(k))
            return null;
        if (!t.In(from) || t.IsClauseBreak(from))
            return null;
        var (first, last) = forward ? (from, end) : (end, from);
        // "X said" needs X to open its clause; "the quake, he said" names nobody.
        if (!forward && t.In(first - 1) && !t.IsClauseBreak(first - 1))
            return null;
        if (first == last && t.IsAny(first, Pronouns))
            return null;
        if (!(t.IsCapitalized(first) || t.Is(first, "the") || t.Is(first, "a") || t.Is(first, "an") || t.Is(first, "police") || t.Is(first, "officials")))
            return null;
        while (last > first && t[last].Kind == TokenKind.Symbol)
            last--;
        return t.Str(first, last);
    }
}
