namespace FactCheck.Comparison.Engine;

/// <summary>
/// Two spellings of one name: the same words but one, and that one a letter or two apart
/// ("Staffan"/"Steffan de Mistura", "Bireun"/"Bireuen", "Klitschko"/"Kiltschko"). Different people
/// ("Wladimir"/"Vitali Klitschko") differ by far more than that.
/// </summary>
public static class Spelling
{
    public static bool Variants(string a, string b) => Variants(a, Words(a), b, Words(b));

    /// <param name="x">The <see cref="Words"/> of <paramref name="a"/>, split once by a caller that weighs it against many names.</param>
    /// <param name="y">The <see cref="Words"/> of <paramref name="b"/>.</param>
    public static bool Variants(string a, string[] x, string b, string[] y)
    {
        if (x.Length != y.Length || string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase))
            return false;
        var differing = x.Zip(y).Where(p => !string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase)).ToList();
        if (differing.Count != 1)
            return false;
        var (u, v) = differing[0];
        // "Atletico" and "Atlético": one spelling with and without its accents.
        if (Derived(u, v) || Derived(v, u) || WithoutAccents(u) == WithoutAccents(v))
            return false;
        if (!char.IsUpper(u[0]) || !char.IsUpper(v[0]) || char.ToUpperInvariant(u[0]) != char.ToUpperInvariant(v[0]))
            return false;
        var length = Math.Min(u.Length, v.Length);
        var distance = Distance(u.ToLowerInvariant(), v.ToLowerInvariant());
        return (distance == 1 && length >= 5) || (distance == 2 && length >= 8);
    }

    private static readonly string[] DerivingEndings = ["n", "i", "a", "an", "ia", "ian", "ese", "ish", "s", "es", "ns", "is"];

    /// <summary>"India"/"Indian", "Yemen"/"Yemeni": a word and its derived form, not two spellings.</summary>
    private static bool Derived(string word, string longer) =>
        longer.StartsWith(word, StringComparison.OrdinalIgnoreCase) && DerivingEndings.Contains(longer[word.Length..].ToLowerInvariant());

    /// <summary>
    /// Folded by table, not by Unicode decomposition: the services run with invariant globalization, where
    /// <see cref="string.Normalize()"/> leaves "é" whole.
    /// </summary>
    private static string WithoutAccents(string word) =>
        string.Concat(word.Select(c => AccentFolds.TryGetValue(char.ToLowerInvariant(c), out var plain) ? plain : char.ToLowerInvariant(c)));

    private static readonly Dictionary<char, char> AccentFolds = new[]
        {
            ("àáâãäåāăą", 'a'), ("çćčĉċ", 'c'), ("ďđ", 'd'), ("èéêëēĕėęě", 'e'), ("ĝğġģ", 'g'), ("ìíîïĩīĭįı", 'i'),
            ("ķ", 'k'), ("ĺļľŀł", 'l'), ("ñńņňŉ", 'n'), ("òóôõöøōŏő", 'o'), ("ŕŗř", 'r'), ("śŝşšș", 's'), ("ţťŧț", 't'),
            ("ùúûüũūŭůűų", 'u'), ("ýÿŷ", 'y'), ("źżž", 'z'),
        }
        .SelectMany(f => f.Item1.Select(c => (c, f.Item2)))
        .ToDictionary(p => p.c, p => p.Item2);

    public static string[] Words(string name) => name.Split([' ', '\u00a0', '-'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Optimal string alignment distance: edits plus swaps of neighbouring letters.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
