using System.Text;
using FactCheck.Contracts;

namespace FactCheck.Comparison.Benchmarks;

/// <summary>
/// Deterministic stories of made-up words: each story has its own names and vocabulary drawn from a
/// large pool, so the index holds realistic, mostly rare terms at any number of stored articles.
/// </summary>
public static class SyntheticStories
{
    public const int ArticlesPerStory = 5;
    private const string Consonants = "bcdfghklmnprstvz";
    private const string Vowels = "aeiou";

    public static string Word(int seed)
    {
        var text = new StringBuilder();
        var x = (uint)seed * 2654435761u;
        for (var i = 0; i < 3; i++)
        {
            text.Append(Consonants[(int)(x % 16)]).Append(Vowels[(int)(x / 16 % 5)]);
            x = (x / 80) + ((uint)seed * 40503u) + (uint)i;
        }

        return text.Append(Consonants[(int)(x % 16)]).ToString();
    }

    public static string Text(int story, int article)
    {
        var names = Enumerable.Range(0, 6).Select(i => Capitalise(Word((story * 31) + i + 1_000_000))).ToList();
        var words = Enumerable.Range(0, 18).Select(i => Word((story * 53) + i)).ToList();
        var text = new StringBuilder();
        for (var s = 0; s < 6; s++)
        {
            text.Append($"Officials said {names[s]} and {names[(s + 1) % 6]} met in {names[(s + 2) % 6]}, ");
            text.Append(string.Join(' ', words.Skip(s * 3).Take(3))).Append(" common report ");
            text.Append(Word(story * 7 + article * 13 + s)).Append(". ");
        }

        return text.Append($"The meeting left more than {100 + (article % 2 * 20)} people waiting.").ToString();
    }

    public static ClaimsExtracted Article(Guid articleId, int story, int article)
    {
        var text = Text(story, article);
        var quote = text[(text.LastIndexOf("The meeting", StringComparison.Ordinal))..];
        var value = 100 + (article % 2 * 20);
        return new ClaimsExtracted
        {
            ArticleId = articleId,
            Doc = $"s{story}-a{article}.txt",
            Outlet = $"Outlet {article}",
            Text = text,
            Claims =
            [
                new Claim { Kind = "number", Slot = "waiting", Value = value, Low = value, Bound = "atLeast", Display = $"more than {value}", Quote = quote, Start = text.Length - quote.Length, End = text.Length },
            ],
        };
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
