using System.Globalization;
using FactCheck.Comparison.Engine;
using FactCheck.Contracts;
using FactCheck.Tests;

namespace FactCheck.Comparison.Benchmarks;

/// <summary>
/// The evidence <c>ConflictFinder.Find</c> sees: each sample cluster as one story, built as the pipeline builds it
/// (<see cref="SampleEvidence"/>), and made-up stories of 5 and 20 articles with a dozen claims each.
/// </summary>
public static class FindStories
{
    private static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static IReadOnlyList<string> Clusters() => SampleEvidence.Clusters(SamplesFolder);

    public static IReadOnlyList<ArticleEvidence> Sample(string cluster) => SampleEvidence.Story(SamplesFolder, cluster);

    public static Guid IdOf(string name) => SampleEvidence.IdOf(name);

    private static readonly string[] Places = ["Bener Meriah district", "Central Aceh", "the provincial capital", "Takengon", "the coast"];
    private static readonly string[] Officials = ["Sutopo Purwo Nugroho", "Petra Holmgaard", "Staffan de Mistura", "Steffan de Mistura"];
    private static readonly string[] Verbs = ["killed", "injured", "missing", "evacuated", "displaced", "arrested"];

    /// <summary>A made-up story: every article reports the same tolls, dates, sums and names, a few of them differently.</summary>
    public static IReadOnlyList<ArticleEvidence> Synthetic(int articles)
    {
        var published = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, articles).Select(a =>
        {
            var doc = $"synthetic-{articles}/{a:00}.txt";
            var claims = new List<Claim>();
            for (var s = 0; s < Verbs.Length; s++)
            {
                var value = (s + 1) * 40 + (a % 3 == 0 ? 0 : a % 4);
                var place = Places[(s + a) % Places.Length];
                var quote = $"In {place}, at least {value} people were {Verbs[s]} after the quake struck on Tuesday, {Officials[a % 2]} said.";
                claims.Add(Number(Verbs[s], value, value.ToString(CultureInfo.InvariantCulture), quote, a % 2 == 0 ? "atLeast" : "exact", null, Officials[a % 2]));
            }

            var depth = a % 5 == 0 ? 12 : 10;
            claims.Add(Number("depth", depth, $"{depth} kilometers", $"The 6.1-magnitude quake struck inland at a depth of {depth} kilometers in the mountainous district.", "exact", "km", null));
            var aid = a % 4 == 0 ? 2.5 : 2;
            claims.Add(Number("aid", aid * 1_000_000, $"${aid} million", $"The government pledged ${aid} million in emergency aid for the {Places[a % 2]} villages.", "exact", "$", null));
            claims.Add(new Claim
            {
                Kind = "date", Slot = "quake", Text = a % 6 == 5 ? "2013-07-01" : "2013-07-02", Display = "Tuesday",
                Quote = "The quake struck on Tuesday morning, flattening buildings.", Start = 900, End = 958,
            });
            claims.Add(new Claim
            {
                Kind = "name", Slot = "official", Text = Officials[2 + (a % 2)], Display = Officials[2 + (a % 2)],
                Quote = $"The envoy {Officials[2 + (a % 2)]} arrived to meet survivors.", Start = 1000, End = 1050,
            });
            claims.Add(new Claim
            {
                Kind = "ordinal", Slot = "round", Value = a % 7 == 3 ? 6 : 5, Low = 5, High = 5, Display = "fifth round",
                Quote = "A fifth round of aid talks is planned for next week.", Start = 1100, End = 1150,
            });
            return new ArticleEvidence(IdOf(doc), doc, $"Outlet {a}", published.AddHours(a), (long)IdOf(doc).GetHashCode() * 7919, claims)
            {
                Title = $"At least {40 + (a % 3 == 0 ? 0 : a % 4)} killed in quake",
            };
        }).ToList();
    }

    private static Claim Number(string slot, double value, string display, string quote, string bound, string? unit, string? attribution)
    {
        var start = quote.Length * 3;
        return new Claim
        {
            Kind = "number", Slot = slot, Value = value, Bound = bound, Unit = unit, Attribution = attribution,
            Low = bound is "exact" or "atLeast" ? value : null, High = bound == "exact" ? value : null,
            Display = display, Quote = quote, Start = start + slot.Length, End = start + slot.Length + quote.Length,
        };
    }
}
