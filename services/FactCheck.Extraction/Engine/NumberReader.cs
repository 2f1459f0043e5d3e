namespace FactCheck.Extraction.Engine;

/// <summary>A figure read from tokens First..Last: written in digits, in words or both.</summary>
internal readonly record struct NumberSpan(double Value, int First, int Last, bool Words, int Exponent = 0, double? High = null)
{
    public bool IsVague => High is not null;
}

/// <summary>Reads figures: "340,000", "1.5", "twenty-six", "two dozen", "11 million", "a third", "dozens".</summary>
internal static class NumberReader
{
    private enum Part
    {
        None,
        Unit,
        Tens,
        Hundred,
        Scale,
    }

    /// <param name="money">Allows an attached "m" for million ("$5m"), which otherwise means metres.</param>
    public static NumberSpan? Read(TokenView t, int i, bool money = false)
    {
        if (!t.In(i))
            return null;
        if (t[i].Kind == TokenKind.Number)
            return ReadDigits(t, i, money);
        if (t[i].Kind != TokenKind.Word)
            return null;
        return ReadVague(t, i) ?? ReadWords(t, i);
    }

    private static NumberSpan ReadDigits(TokenView t, int i, bool money)
    {
        var token = t[i];
        var last = i;
        var exponent = 0;
        var j = i + 1;
        if (t.IsWord(j) && t.Attached(j))
        {
            var word = t.Span(j);
            if (Lexicon.AttachedScales.TryGet(word, out var attached) && !(word is "mm" && !money) && !(word is "b" or "k" && t.IsWord(j + 1) && t.Attached(j + 1)))
            {
                exponent = attached;
                last = j;
            }
            else if ((word is "M" || (money && word is "m")) && !(t.IsWord(j + 1) && t.Attached(j + 1)))
            {
                exponent = 6;
                last = j;
            }
            else if (word is "K" || (word is "k" && !t.IsWord(j + 1)))
            {
                exponent = 3;
                last = j;
            }
        }
        else if (t.IsWord(j) && Lexicon.Scales.TryGet(t.Span(j), out var spaced) && !t.Span(j).EndsWith("s"))
        {
            exponent = spaced;
            last = j;
        }
        else if ((t.Is(j, "k") || t.Is(j, "K")) && !t.IsWord(j + 1) && !t.IsNumber(j + 1))
        {
            exponent = 3;
            last = j;
        }
        else if (t.Is(j, "hundred"))
        {
            exponent = 2;
            last = j;
        }

        var value = token.Scaled(exponent);
        if (t.IsWord(last + 1) && (t.Is(last + 1, "dozen") || t.Is(last + 1, "dozens") || t.Is(last + 1, "dzs") || t.Is(last + 1, "dozs")))
        {
            value *= 12;
            last++;
        }

        // "3 million and a half"
        if (exponent >= 3 && t.Is(last + 1, "and") && (t.Is(last + 2, "a") || t.Is(last + 2, "one")) && t.IsWord(last + 3)
            && Lexicon.Denominators.TryGet(t.Span(last + 3), out var part))
            return new NumberSpan(value + Token.Pow10(exponent) / part, i, last + 3, false, exponent);

        return new NumberSpan(value, i, last, false, exponent);
    }

    /// <summary>"dozens", "hundreds of", "tens of thousands": a range of plausible values.</summary>
    private static NumberSpan? ReadVague(TokenView t, int i)
    {
        if (t.Is(i, "tens") && t.Is(i + 1, "of") && t.IsWord(i + 2) && Lexicon.Scales.TryGet(t.Span(i + 2), out var tens) && t.Span(i + 2).EndsWith("s"))
            return new NumberSpan(2 * Token.Pow10(tens + 1), i, i + 2, true, High: 99_999 * Token.Pow10(tens - 3));
        if (t.Is(i, "hundreds") && t.Is(i + 1, "of") && t.IsWord(i + 2) && Lexicon.Scales.TryGet(t.Span(i + 2), out var hundreds) && t.Span(i + 2).EndsWith("s"))
            return new NumberSpan(2 * Token.Pow10(hundreds + 2), i, i + 2, true, High: 999_999 * Token.Pow10(hundreds - 3));
        if (!Lexicon.Vague.TryGet(t.Span(i), out var range))
            return null;
        // "two dozens" is a figure; only a bare plural is vague.
        if (t.IsWord(i - 1) && (Lexicon.Units.Contains(t.Span(i - 1)) || Lexicon.Tens.Contains(t.Span(i - 1))))
            return null;
        return new NumberSpan(range.Low, i, i, true, High: range.High);
    }

    private static NumberSpan? ReadWords(TokenView t, int i)
    {
        double total = 0, current = 0;
        var lastScale = 0;
        var prev = Part.None;
        var last = -1;
        var j = i;

        // "half a million", "a quarter million", "half of them"
        if ((t.Is(i, "half") || t.Is(i, "quarter")) && t.IsWord(i + 1) && Lexicon.Scales.TryGet(t.Span(i + 1), out var bareScale) && !t.Span(i + 1).EndsWith("s"))
            return new NumberSpan((t.Is(i, "half") ? 0.5 : 0.25) * Token.Pow10(bareScale), i, i + 1, true, bareScale);
        if (t.Is(i, "half") && !t.Is(i + 1, "a") && !t.Is(i - 1, "a") && !t.Is(i - 1, "and") && !t.Is(i - 1, "the"))
            return new NumberSpan(0.5, i, i, true);
        if (t.Is(i, "half") && t.Is(i + 1, "a"))
        {
            if (t.Is(i + 2, "dozen"))
                return new NumberSpan(6, i, i + 2, true);
            if (t.IsWord(i + 2) && Lexicon.Scales.TryGet(t.Span(i + 2), out var halfScale) && !t.Span(i + 2).EndsWith("s"))
                return new NumberSpan(0.5 * Token.Pow10(halfScale), i, i + 2, true, halfScale);
        }

        if (t.Is(i, "a") || t.Is(i, "an"))
        {
            if (t.Is(i + 1, "pair") || t.Is(i + 1, "couple"))
                return t.Is(i + 2, "of") ? new NumberSpan(2, i, i + 1, true) : null;
            if (t.IsWord(i + 1) && Lexicon.Denominators.TryGet(t.Span(i + 1), out var denominator) && EndsFraction(t, i + 2))
                return new NumberSpan(1.0 / denominator, i, i + 1, true);
            if (!(t.Is(i + 1, "hundred") || t.Is(i + 1, "dozen") || (t.IsWord(i + 1) && Lexicon.Scales.TryGet(t.Span(i + 1), out _) && !t.Span(i + 1).EndsWith("s"))))
                return null;
            current = 1;
            prev = Part.Unit;
            j = i + 1;
        }

        for (; t.In(j); j++)
        {
            if (t.IsDash(j) && prev == Part.Tens && t.IsWord(j + 1) && Lexicon.Units.TryGet(t.Span(j + 1), out var hyphenUnit) && hyphenUnit is > 0 and < 10)
                continue;
            if (!t.IsWord(j))
                break;
            var word = t.Span(j);
            if (Lexicon.Units.TryGet(word, out var unit))
            {
                if (prev == Part.Unit || (prev == Part.Tens && unit >= 10))
                    break;
                current += unit;
                prev = Part.Unit;
            }
            else if (Lexicon.Tens.TryGet(word, out var tens))
            {
                if (prev is Part.Unit or Part.Tens && current % 100 != 0)
                    break;
                current += tens;
                prev = Part.Tens;
            }
            else if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase))
            {
                if (prev == Part.None)
                    break;
                current = (current == 0 ? 1 : current % 100) * 100 + (current - current % 100);
                prev = Part.Hundred;
            }
            else if (Lexicon.Scales.TryGet(word, out var scale) && !word.EndsWith("s") && word.Length > 4)
            {
                if (prev == Part.None)
                    break;
                total += (current == 0 ? 1 : current) * Token.Pow10(scale);
                current = 0;
                lastScale = scale;
                prev = Part.Scale;
            }
            else if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase) || word.Equals("dozens", StringComparison.OrdinalIgnoreCase)
                     || word.Equals("dozs", StringComparison.OrdinalIgnoreCase))
            {
                if (prev == Part.None)
                    break;
                // "three hundred and two dozen" is 300 + 24.
                var small = current % 100;
                current = current - small + (small == 0 ? 1 : small) * 12;
                prev = Part.Hundred;
            }
            else if (word.Equals("and", StringComparison.OrdinalIgnoreCase) && prev is Part.Hundred or Part.Scale
                     && t.IsWord(j + 1) && (Lexicon.Units.Contains(t.Span(j + 1)) || Lexicon.Tens.Contains(t.Span(j + 1)))
                     && !(t.IsWord(j + 2) && Lexicon.Denominators.Contains(t.Span(j + 2))))
            {
                continue;
            }
            else
            {
                break;
            }

            last = j;
        }

        if (last < 0)
            return null;
        var value = total + current;

        // "one and a half", "twenty and three fifths"
        if (t.Is(last + 1, "and") && t.IsWord(last + 2) && t.IsWord(last + 3) && Lexicon.Denominators.TryGet(t.Span(last + 3), out var andDenominator))
        {
            var numerator = t.Is(last + 2, "a") || t.Is(last + 2, "an") ? 1 : Lexicon.Units.TryGet(t.Span(last + 2), out var u) ? u : 0;
            // "two million and a half" is two and a half million.
            var of = prev == Part.Scale ? Token.Pow10(lastScale) : 1;
            if (numerator > 0)
                return new NumberSpan(value + of * numerator / andDenominator, i, last + 3, true);
        }

        // "two thirds", "one-third", "five eighths"; a singular denominator only where it cannot be an ordinal ("a third of").
        var next = t.IsDash(last + 1) ? last + 2 : last + 1;
        if (current is > 0 and <= 20 && total == 0 && t.IsWord(next) && Lexicon.Denominators.TryGet(t.Span(next), out var over)
            && (t.Span(next).EndsWith("s") || (value == 1 && EndsFraction(t, next + 1)) || next == last + 2))
            return new NumberSpan(value / over, i, next, true);

        return new NumberSpan(value, i, last, true);
    }

    private static bool EndsFraction(TokenView t, int next) =>
        (!t.IsWord(next) && !t.IsHyphen(next)) || t.Is(next, "of") || t.Is(next, "and") || t.Is(next, "more") || t.Is(next, "less");
}
