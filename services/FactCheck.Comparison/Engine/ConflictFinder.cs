using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FactCheck.Contracts;

namespace FactCheck.Comparison.Engine;

/// <summary>
/// Aligns claims on the same slot across the articles of a story and reports the slots where the
/// values cannot all be true. Pure: the same evidence always gives the same conflicts and ids.
/// </summary>
public static class ConflictFinder
{
    private const double ExactTolerance = 0.01;
    private const double BoundTolerance = 0.05;

    public static IReadOnlyList<Conflict> Find(Guid storyId, IReadOnlyList<ArticleEvidence> articles)
    {
        var conflicts = new List<Conflict>();
        var bySlot = articles
            .SelectMany(article => article.Claims
                .Where(c => c.Kind is "number" or "ordinal" && c.Value is not null)
                .Select(claim => (Article: article, Claim: claim)))
            .GroupBy(x => (x.Claim.Kind, x.Claim.Slot, x.Claim.Unit));

        foreach (var slot in bySlot.OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Slot, StringComparer.Ordinal))
        {
            var groups = new List<List<(ArticleEvidence Article, Claim Claim)>>();
            foreach (var item in slot.OrderBy(x => x.Claim.Value).ThenBy(x => x.Article.Doc, StringComparer.Ordinal))
            {
                var home = groups.FirstOrDefault(g => g.All(other => Compatible(other.Claim, item.Claim)));
                if (home is null)
                    groups.Add([item]);
                else
                    home.Add(item);
            }

            if (groups.Count < 2 || groups.SelectMany(g => g).Select(x => x.Article.ArticleId).Distinct().Count() < 2)
                continue;
            conflicts.Add(Build(storyId, slot.Key.Kind, slot.Key.Slot, groups));
        }

        return conflicts;
    }

    internal static bool Compatible(Claim a, Claim b)
    {
        if (a.Kind == "ordinal")
            return a.Value == b.Value;
        if (a.Bound == b.Bound && a.Bound is "atLeast" or "atMost" or "exact")
            return Close(a.Value!.Value, b.Value!.Value, a.Bound == "exact" ? ExactTolerance : BoundTolerance);
        return Low(a) <= High(b) && Low(b) <= High(a);
    }

    private static double Low(Claim c) => c.Low ?? double.NegativeInfinity;

    private static double High(Claim c) => c.High ?? double.PositiveInfinity;

    private static bool Close(double a, double b, double tolerance) =>
        Math.Abs(a - b) <= tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    private static Conflict Build(Guid storyId, string kind, string slot, List<List<(ArticleEvidence Article, Claim Claim)>> groups)
    {
        var sides = groups
            .Select(g => new ConflictSide
            {
                Value = g[0].Claim.Value!.Value.ToString(CultureInfo.InvariantCulture),
                Display = g[0].Claim.Display,
                Sources = g.Select(x => new ConflictSource
                {
                    ArticleId = x.Article.ArticleId,
                    Doc = x.Article.Doc,
                    Outlet = x.Article.Outlet,
                    Quote = x.Claim.Quote,
                    Start = x.Claim.Start,
                    End = x.Claim.End,
                }).ToList(),
            })
            .OrderByDescending(s => s.Sources.Count)
            .ToList();

        var summary = $"{Describe(slot)}: " + string.Join(" vs ", sides.Select(s =>
            $"{s.Display} — {string.Join(", ", s.Sources.Select(x => x.Outlet).Distinct())}"));
        return new Conflict
        {
            Id = StableId(storyId, kind, slot),
            Kind = kind,
            Slot = slot,
            Severity = Severity(kind, groups),
            Summary = summary,
            Sides = sides,
        };
    }

    private static string Severity(string kind, List<List<(ArticleEvidence Article, Claim Claim)>> groups)
    {
        if (kind == "ordinal")
            return "high";
        var values = groups.Select(g => g[0].Claim.Value!.Value).ToList();
        var gap = (values.Max() - values.Min()) / Math.Max(Math.Abs(values.Max()), 1);
        return gap >= 0.1 ? "high" : "medium";
    }

    private static string Describe(string slot) => slot switch
    {
        "deaths" => "Death toll",
        "injured" => "Injured",
        "round" => "Round",
        _ => char.ToUpperInvariant(slot[0]) + slot[1..],
    };

    /// <summary>One slot of one story is one conflict, whatever article revealed it, so re-comparing finds the same id.</summary>
    public static Guid StableId(Guid storyId, string kind, string slot)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{storyId:N}|{kind}|{slot}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
