namespace FactCheck.Intake.Fingerprints;

/// <summary>
/// 64-bit SimHash over word 3-shingles: copies and light rewrites of one text land a few bits apart,
/// independent reports of the same event do not.
/// </summary>
public static class SimHash
{
    public static long Compute(string text)
    {
        var words = Words(text);
        Span<int> weights = stackalloc int[64];
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var hash = Fnv1a(words[i], Fnv1a(words[i + 1], Fnv1a(words[i + 2], 14695981039346656037UL)));
            for (var bit = 0; bit < 64; bit++)
                weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
        }

        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
                result |= 1UL << bit;
        }

        return unchecked((long)result);
    }

    private static ulong Fnv1a(string word, ulong hash)
    {
        foreach (var c in word)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        hash ^= ' ';
        return hash * 1099511628211UL;
    }

    public static int Distance(long a, long b) => System.Numerics.BitOperations.PopCount((ulong)(a ^ b));

    private static List<string> Words(string text) => Cleaning.Words.Of(text).Select(range => text[range].ToLowerInvariant()).ToList();
}
