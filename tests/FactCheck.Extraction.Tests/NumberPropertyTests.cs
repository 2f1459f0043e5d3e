using System.Globalization;
using System.Text;
using FactCheck.Extraction.Engine;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Extraction.Tests;

/// <summary>Properties over generated inputs: written integers read back to themselves, and intervals never invert.</summary>
public sealed class NumberPropertyTests
{
    private static readonly string[] Ones =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] BoundWords = Lexicon.BoundsBefore.Select(b => string.Join(' ', b.Words)).ToArray();

    private static readonly Gen<long> Integers = Gen.Frequency(
        (3, Gen.Choose(0, 1_000)),
        (3, Gen.Choose(1_000, 1_000_000)),
        (2, Gen.Choose(1, 999).Select(n => n * 1_000)),
        (2, Gen.Choose(1, 999).Select(n => n * 1_000_000)),
        (2, Gen.Choose(1_000_000, int.MaxValue)),
        (1, Gen.Choose(1_800, 2_100))).Select(n => (long)n);

    [Fact]
    public void Should_read_any_integer_written_in_digits_back_to_itself()
    {
        Prop.ForAll(Integers.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (n, grouped) =>
                ReadsBack(n.ToString(grouped ? "N0" : "0", CultureInfo.InvariantCulture), n))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Should_read_any_integer_written_in_words_back_to_itself()
    {
        Prop.ForAll(Integers.ToArbitrary(), n => ReadsBack(Words(n), n)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Should_read_any_integer_written_in_mixed_digits_and_scale_words_back_to_itself()
    {
        var mixed = Gen.Choose(1, 999).SelectMany(lead => Gen.Elements(("thousand", 1_000L), ("million", 1_000_000L), ("billion", 1_000_000_000L))
            .SelectMany(scale => Gen.Choose(0, 9).Select(tenth => (lead, scale, tenth))));

        Prop.ForAll(mixed.ToArbitrary(), x =>
            {
                var (lead, (word, factor), tenth) = x;
                var text = tenth == 0 ? $"{lead} {word}" : $"{lead}.{tenth} {word}";
                return ReadsBack(text, lead * factor + tenth * factor / 10);
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Should_never_invert_an_interval_whatever_the_bound_words_or_the_order_of_a_range()
    {
        var phrase = Gen.OneOf(
            Gen.Elements(BoundWords).SelectMany(bound => Integers.Select(n => $"{bound} {n.ToString("N0", CultureInfo.InvariantCulture)} people")),
            Integers.Two().Select(p => $"between {p.Item1} and {p.Item2} people"),
            Integers.Two().Select(p => $"{p.Item1} to {p.Item2} km"),
            Integers.Two().Select(p => $"{p.Item1}-{p.Item2} percent"),
            Gen.Elements("dozens", "hundreds", "thousands", "tens of thousands").Select(v => $"{v} of people"));

        Prop.ForAll(phrase.ToArbitrary(), text => Mentions($"Officials said {text} were affected.").All(m =>
                (m.Low is null || m.High is null || m.Low <= m.High)
                && (m.Low is null || m.Value is null || m.Low <= m.Value)
                && (m.High is null || m.Value is null || m.Value <= m.High)))
            .QuickCheckThrowOnFailure();
    }

    private static bool ReadsBack(string written, long expected)
    {
        var counts = Mentions($"Officials said {written} people were affected.").Where(m => m.Kind == MentionKind.Count).ToList();
        return counts.Count == 1 && counts[0].Value == expected;
    }

    private static List<Mention> Mentions(string text) => Recognizer.Scan(new TokenView(text, Tokenizer.Read(text, 0, text.Length)), null);

    /// <summary>English words for an integer, the way a reporter spells it out ("three hundred and twenty-six thousand").</summary>
    private static string Words(long n)
    {
        if (n == 0)
            return "zero";
        var parts = new List<string>();
        foreach (var (scale, name) in new[] { (1_000_000_000L, "billion"), (1_000_000L, "million"), (1_000L, "thousand") })
        {
            if (n >= scale)
            {
                parts.Add(UpToThousand(n / scale) + " " + name);
                n %= scale;
            }
        }

        if (n > 0)
            parts.Add((parts.Count > 0 && n < 100 ? "and " : "") + UpToThousand(n));
        return string.Join(' ', parts);
    }

    private static string UpToThousand(long n)
    {
        var text = new StringBuilder();
        if (n >= 100)
        {
            text.Append(Ones[n / 100]).Append(" hundred");
            n %= 100;
            if (n > 0)
                text.Append(" and ");
        }

        if (n >= 20)
        {
            text.Append(Tens[n / 10]);
            if (n % 10 > 0)
                text.Append('-').Append(Ones[n % 10]);
        }
        else if (n > 0)
        {
            text.Append(Ones[n]);
        }

        return text.ToString();
    }
}
