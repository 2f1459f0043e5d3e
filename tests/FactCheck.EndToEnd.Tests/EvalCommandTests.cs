using FactCheck.Contracts;
using FactCheck.Host.Commands;
using FactCheck.Host.Evaluation;
using FactCheck.Host.Output;
using FactCheck.Tests;

namespace FactCheck.EndToEnd.Tests;

public sealed class EvalCommandTests
{
    private const string Text = "The toll rose to 300 dead. Officials said 300 houses fell. Police said 5 cars burned.";
    private const string Other = "The toll rose to 340 dead. Officials said 300 houses fell. Police said 5 cars burned.";

    private static readonly ClusterLabels Labels = new()
    {
        Conflicts = [new LabeledFact { Slot = "deaths", Values = [new() { Doc = "a.txt", Text = "300 dead" }, new() { Doc = "b.txt", Text = "340 dead" }] }],
        Consistent = [new LabeledFact { Slot = "houses", Values = [new() { Doc = "a.txt", Text = "300 houses" }, new() { Doc = "b.txt", Text = "300 houses" }] }],
        Noise = [new LabeledSpan { Doc = "b.txt", Text = "5 cars" }],
    };

    private static readonly Dictionary<string, string> Documents = new() { ["a.txt"] = Text, ["b.txt"] = Other };

    [Fact]
    public void Should_match_a_conflict_whose_sides_quote_the_labeled_spans_of_two_docs()
    {
        var flagged = Flag("deaths", ("a.txt", 0, 26), ("b.txt", 0, 26));

        var score = ClusterScorer.Score("c", Labels, Documents, [flagged]);

        Assert.Equal(1.0, score.Recall);
        Assert.Equal(1.0, score.Precision);
    }

    [Fact]
    public void Should_count_flagging_a_consistent_fact_or_noise_as_a_false_alarm()
    {
        var houses = Flag("houses", ("a.txt", 27, 58), ("b.txt", 27, 58));
        var cars = Flag("cars", ("a.txt", 59, 85), ("b.txt", 59, 85));

        var score = ClusterScorer.Score("c", Labels, Documents, [houses, cars]);

        Assert.Equal(0.0, score.Recall);
        Assert.Equal(2, score.FalseAlarms.Count);
        Assert.Contains(score.FalseAlarms, f => f.Traps.Contains("consistent: houses"));
        Assert.Contains(score.FalseAlarms, f => f.Traps.Contains("noise: 5 cars"));
    }

    [Fact]
    public void Should_not_match_when_both_docs_stand_on_the_same_side()
    {
        var oneSide = new Conflict
        {
            Slot = "deaths",
            Sides = [new ConflictSide { Sources = [Source("a.txt", 0, 26), Source("b.txt", 0, 26)] }, new ConflictSide { Sources = [Source("a.txt", 59, 85)] }],
        };

        var score = ClusterScorer.Score("c", Labels, Documents, [oneSide]);

        Assert.Equal(0, score.Matched);
    }

    [Fact]
    public async Task Should_score_the_sample_clusters_at_or_above_the_floor()
    {
        var (clusters, _) = Evaluation.Clusters(Path.Combine(AppContext.BaseDirectory, "samples"));
        var scores = new List<ClusterScore>();

        foreach (var cluster in clusters)
            scores.Add(await Evaluation.RunAsync(cluster, TextWriter.Null, CancellationToken.None));

        var total = EvalFormatter.Sum(scores);
        var table = EvalFormatter.Format(scores, "table");
        Assert.True(total.Recall >= EvalFloor.Recall, table);
        Assert.True(total.Precision >= EvalFloor.Precision, table);
        Assert.True(scores.Single(s => s.Cluster == "astana-talks").Recall >= EvalFloor.AstanaRecall, table);
        var shared = EvalFormatter.Sum(scores.Where(s => EvalFloor.SharedClusters.Contains(s.Cluster)).ToList());
        Assert.True(shared.Recall >= EvalFloor.SharedRecall, table);
        Assert.True(shared.Precision >= EvalFloor.SharedPrecision, table);
        Assert.True(scores.Sum(s => s.TrippedNotConflicts.Count) <= EvalFloor.TrippedNotConflicts,
            string.Join("\n", scores.SelectMany(s => s.TrippedNotConflicts.Select(n => $"{s.Cluster}: {n}"))));
    }

    [Fact]
    public async Task Should_exit_with_a_one_line_message_when_the_folder_holds_no_labels()
    {
        var empty = Directory.CreateTempSubdirectory().FullName;

        var exitCode = await FactCheckCommands.Create().Parse(["eval", empty]).InvokeAsync();

        Assert.Equal(2, exitCode);
    }

    private static Conflict Flag(string slot, (string Doc, int Start, int End) a, (string Doc, int Start, int End) b) => new()
    {
        Slot = slot,
        Sides =
        [
            new ConflictSide { Sources = [Source(a.Doc, a.Start, a.End)] },
            new ConflictSide { Sources = [Source(b.Doc, b.Start, b.End)] },
        ],
    };

    private static ConflictSource Source(string doc, int start, int end) => new() { Doc = doc, Start = start, End = end, Quote = Documents[doc][start..end] };
}

/// <summary>The measured quality the rules must not fall below (raise it as they improve).</summary>
internal static class EvalFloor
{
    // Measured in session 9 over 42 clusters: 177 of 210 matched (0.843), 26 false alarms in 200 flagged (0.870); the four
    // shared clusters 25 of 25. Held-out rounds, each scored before any rule was written for it: the fifth (cholera, rate
    // decision, protest, museum heist) 15 of 23 and 24 false alarms in 40 flagged; the sixth (mine rescue, heat record,
    // no-confidence vote, cycling stage) 14 of 23 and 17 in 32; the seventh (volcano, auction, obituary, satellite launch)
    // 13 of 24 and 5 in 17; the eighth (oil spill, job cuts, exam results, ski downhill) 16 of 22 and 13 in 31. After
    // their own rules: 17/23 and 5 in 23, 15/23 and 7 in 22, 20/24 and 0 in 18, 20/22 and 9 in 29. Session 8's 34
    // clusters stood at 137 of 164 and 22 false alarms in 157, now 137 and 17. One older match went and one came: the
    // protest's police estimate had paired the police's 48,000 with the unions' 210,000 by accident.
    public const double Recall = 0.83;
    public const double Precision = 0.85;
    public const double AstanaRecall = 1.0;

    // Labeled traps a flagged conflict touches: none in the first 22 clusters or in the fifth round; four in session 7's
    // four, two in the sixth round's. Four are figures that moved through the day or differ by place (a death toll,
    // rainfall, a partial count against the full one dated by the day the results came, a province's admissions against
    // the country's), which the rules cannot tell from a disagreement without the articles' publication times or a
    // place beside the figure; one is a player's goals set against his club's; one counts riders who abandoned against
    // riders caught in the crash. The province's admissions no longer trip; the eighth round adds four: a sub-group's
    // pass rate against the national one, boats at sea on Tuesday against Wednesday's, and a top speed "recorded so far"
    // in a flash against the final one (labeled twice, as provisional and as a conversion).
    public const int TrippedNotConflicts = 9;

    /// <summary>The labeled clusters from the product's own samples (the rest are written for the project).</summary>
    public static readonly string[] SharedClusters = ["astana-talks", "aceh-quake-2013", "indian-navy-pirates-2008", "klitschko-rahman-2008"];

    public const double SharedRecall = 1.0;
    public const double SharedPrecision = 1.0;
}
