using System.Globalization;
using System.Text;
using System.Text.Json;
using FactCheck.Host.Evaluation;

namespace FactCheck.Host.Output;

/// <summary>Eval scores per cluster and in total, as a table for people or JSON for tools.</summary>
public static class EvalFormatter
{
    public sealed record Total(int Expected, int Matched, int Flagged, int TruePositives, int FalseAlarms, int Misses, int TrippedNotConflicts)
    {
        public double Recall => Expected == 0 ? 1 : Matched / (double)Expected;
        public double Precision => Flagged == 0 ? 1 : TruePositives / (double)Flagged;
    }

    public static Total Sum(IReadOnlyList<ClusterScore> scores) => new(
        scores.Sum(s => s.Expected), scores.Sum(s => s.Matched), scores.Sum(s => s.Flagged), scores.Sum(s => s.TruePositives),
        scores.Sum(s => s.FalseAlarms.Count), scores.Sum(s => s.Misses.Count), scores.Sum(s => s.TrippedNotConflicts.Count));

    public static string Format(IReadOnlyList<ClusterScore> scores, string format)
    {
        var total = Sum(scores);
        if (format == "json")
        {
            var clusters = scores.Select(s => new
            {
                s.Cluster, s.Recall, s.Precision, s.Expected, s.Matched, s.Flagged, s.TruePositives,
                FalseAlarms = s.FalseAlarms, s.Misses, s.TrippedNotConflicts, s.LabelErrors,
            });
            return JsonSerializer.Serialize(new { clusters, total }, StoryFormatter.Json) + "\n";
        }

        var text = new StringBuilder();
        text.AppendLine($"{"cluster",-28} {"recall",6} {"precision",9} {"expected",8} {"matched",7} {"flagged",7} {"false",5} {"misses",6}");
        foreach (var s in scores)
            text.AppendLine(Row(s.Cluster, s.Recall, s.Precision, s.Expected, s.Matched, s.Flagged, s.FalseAlarms.Count, s.Misses.Count));
        text.AppendLine(Row("TOTAL", total.Recall, total.Precision, total.Expected, total.Matched, total.Flagged, total.FalseAlarms, total.Misses));
        foreach (var s in scores)
        {
            foreach (var miss in s.Misses)
                text.AppendLine($"  miss         {s.Cluster}: {miss}");
            foreach (var alarm in s.FalseAlarms)
            {
                var why = alarm.Traps.Count > 0 ? string.Join("; ", alarm.Traps) : "matches no labeled conflict";
                text.AppendLine($"  false alarm  {s.Cluster}: {alarm.Summary} ({why})");
            }

            foreach (var error in s.LabelErrors)
                text.AppendLine($"  label error  {s.Cluster}: {error}");
        }

        return text.ToString();
    }

    private static string Row(string name, double recall, double precision, int expected, int matched, int flagged, int falseAlarms, int misses) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{name,-28} {recall,6:0.00} {precision,9:0.00} {expected,8} {matched,7} {flagged,7} {falseAlarms,5} {misses,6}");
}
