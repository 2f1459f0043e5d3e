namespace FactCheck.Extraction.Engine;

internal enum TokenKind : byte
{
    Word,
    Number,
    Symbol,

    /// <summary>Digits the recognizer must not read as a figure: too long, or dotted like an address or version.</summary>
    Code,
}

/// <summary>A word, a figure or one symbol; <see cref="Spaced"/> says whether white space precedes it.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, bool Spaced, long Mantissa = 0, int Decimals = 0, int IntegerDigits = 0, bool Grouped = false)
{
    private static readonly double[] Powers = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    public double Value => Scaled(0);

    /// <summary>The figure times 10^exponent, computed so that "4.27 billion" is exactly 4,270,000,000.</summary>
    public double Scaled(int exponent)
    {
        var shift = exponent - Decimals;
        return shift >= 0 ? Mantissa * Pow10(shift) : Mantissa / Pow10(-shift);
    }

    public static double Pow10(int exponent) => exponent < Powers.Length ? Powers[exponent] : Math.Pow(10, exponent);
}

/// <summary>Splits a span of text into tokens in one linear pass; digits are read into exact mantissas on the way.</summary>
internal static class Tokenizer
{
    private const int MaxSignificantDigits = 15;

    public static List<Token> Read(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var i = start;
        var spaced = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                spaced = true;
                i++;
                continue;
            }

            var s = i;
            if (char.IsLetter(c))
            {
                i++;
                while (i < end && (char.IsLetter(text[i]) || (IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]))))
                    i++;
                tokens.Add(new Token(TokenKind.Word, s, i, spaced));
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && (i == start || !char.IsLetterOrDigit(text[i - 1]))))
            {
                i = ReadNumber(text, i, end, spaced, tokens);
            }
            else
            {
                i++;
                tokens.Add(new Token(TokenKind.Symbol, s, i, spaced));
            }

            spaced = false;
        }

        return tokens;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static int ReadNumber(string text, int i, int end, bool spaced, List<Token> tokens)
    {
        var start = i;
        long mantissa = 0;
        int significant = 0, integerDigits = 0, decimals = 0;
        var overflow = false;
        var grouped = false;

        while (i < end && char.IsAsciiDigit(text[i]))
        {
            Add(text[i] - '0', ref mantissa, ref significant, ref overflow);
            integerDigits++;
            i++;
        }

        // Thousands separators: groups of exactly three digits after a lead of at most three.
        if (integerDigits is > 0 and <= 3)
        {
            while (i + 3 < end + 0 && text[i] == ',' && IsDigits(text, i + 1, 3, end) && (i + 4 >= end || !char.IsAsciiDigit(text[i + 4])))
            {
                for (var k = 1; k <= 3; k++)
                    Add(text[i + k] - '0', ref mantissa, ref significant, ref overflow);
                integerDigits += 3;
                grouped = true;
                i += 4;
            }
        }

        if (i + 1 < end && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < end && char.IsAsciiDigit(text[i]))
            {
                if (significant < MaxSignificantDigits)
                {
                    mantissa = mantissa * 10 + (text[i] - '0');
                    if (mantissa > 0)
                        significant++;
                    decimals++;
                }

                i++;
            }

            // A second dot makes it an address, a version or a date, not a figure.
            if (i + 1 < end && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
            {
                while (i < end && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]))))
                    i++;
                overflow = true;
            }
        }

        // Drop trailing zero decimals so 4.800 reads as 4.8 and comparisons see equal mantissas.
        while (decimals > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            decimals--;
        }

        tokens.Add(new Token(overflow ? TokenKind.Code : TokenKind.Number, start, i, spaced, mantissa, decimals, integerDigits, grouped));
        return i;
    }

    private static void Add(int digit, ref long mantissa, ref int significant, ref bool overflow)
    {
        if (significant >= MaxSignificantDigits)
        {
            overflow = true;
            return;
        }

        mantissa = mantissa * 10 + digit;
        if (mantissa > 0)
            significant++;
    }

    private static bool IsDigits(string text, int from, int count, int end)
    {
        if (from + count > end)
            return false;
        for (var k = from; k < from + count; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
                return false;
        }

        return true;
    }
}
