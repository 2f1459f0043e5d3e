using FactCheck.Contracts;

namespace FactCheck.Comparison.Engine;

/// <summary>
/// How hard a disagreement is: disjoint values weigh more than diverging bounds, a large relative
/// gap more than a small one, several independent voices on each side more than a lone outlet, a
/// figure in a headline more than one in the body, a human toll more than a count of things.
/// </summary>
public static class Severity
{
    /// <summary>At this relative gap between the sides' figures, a numeric disagreement is large.</summary>
    public const double LargeGap = 0.1;

    /// <param name="headline">A side's value stands in an article's headline.</param>
    /// <param name="grave">The slot is a human toll (deaths, injured, missing, arrested, displaced).</param>
    public static string Of(string kind, string finding, IReadOnlyList<ConflictSide> sides, IReadOnlyList<List<Claim>> groups, bool headline = false, bool grave = false)
    {
        if (finding is "stale" or "transcription" or "attribution")
            return "low";
        var points = kind switch
        {
            "ordinal" or "date" => 3,
            "name" => 1,
            _ => NumberPoints(groups),
        };
        if (sides.Count(s => s.Voices >= 2) >= 1 && sides.Count >= 2 && sides.Skip(1).Any(s => s.Voices >= 2))
            points++;
        if (headline)
            points++;
        if (grave && kind == "number")
            points++;
        return points >= 3 ? "high" : points == 2 ? "medium" : "low";
    }

    private static int NumberPoints(IReadOnlyList<List<Claim>> groups)
    {
        var points = 0;
        // Each side counts with its hardest statement: "41,212" and "more than 41,000" on one side still say 41,212.
        var disjoint = groups.All(g => g.Any(c => c.Bound is "exact" or "about" or "range"));
        points += disjoint ? 2 : 1;
        var values = groups.SelectMany(g => g).Select(Values.Point).ToList();
        var gap = (values.Max() - values.Min()) / Math.Max(Math.Abs(values.Max()), 1e-9);
        if (gap >= LargeGap)
            points++;
        return points;
    }
}
