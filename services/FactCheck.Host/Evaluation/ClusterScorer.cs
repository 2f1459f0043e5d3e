using System.Text.RegularExpressions;
using FactCheck.Contracts;

namespace FactCheck.Host.Evaluation;

/// <summary>One flagged conflict as scored: the labeled conflicts it matches and the traps it trips.</summary>
public sealed record FlaggedScore(string Slot, string Summary, IReadOnlyList<string> Matches, IReadOnlyList<string> Traps)
{
    public bool Correct => Matches.Count > 0 && Traps.Count == 0;
}

/// <summary>How one labeled cluster scored.</summary>
public sealed record ClusterScore(
    string Cluster, int Expected, int Matched, int Flagged, int TruePositives, IReadOnlyList<string> Misses,
    IReadOnlyList<FlaggedScore> FalseAlarms, IReadOnlyList<string> TrippedNotConflicts, IReadOnlyList<string> LabelErrors)
{
    public double Recall => Expected == 0 ? 1 : Matched / (double)Expected;
    public double Precision => Flagged == 0 ? 1 : TruePositives / (double)Flagged;
}

/// <summary>
/// Scores flagged conflicts against a cluster's labels by the rules of the samples README: a flagged
/// conflict matches a labeled one when quotes in two docs on different sides each overlap a labeled
/// span of it in the same doc; one that matches none, or that puts a consistent/not-conflict fact on
/// two sides or quotes noise, is a false alarm.
/// </summary>
public static partial class ClusterScorer
{
    public static ClusterScore Score(string cluster, ClusterLabels labels, IReadOnlyDictionary<string, string> documents, IReadOnlyList<Conflict> flagged)
    {
        var errors = new List<string>();
        var conflicts = labels.Conflicts.Select(f => Locate(f, documents, errors)).ToList();
        var traps = labels.Consistent.Select(f => (Kind: "consistent", Fact: Locate(f, documents, errors)))
            .Concat(labels.NotConflicts.Select(f => (Kind: "not_conflict", Fact: Locate(f, documents, errors))))
            .ToList();
        var noise = labels.Noise.Select(s => (s, Spans: Find(documents, s, errors))).ToList();

        var scored = new List<FlaggedScore>();
        var matched = new HashSet<int>();
        var trippedNotConflicts = new HashSet<string>();
        foreach (var conflict in flagged)
        {
            var matches = Enumerable.Range(0, conflicts.Count).Where(i => Matches(conflict, conflicts[i])).ToList();
            var tripped = new List<string>();
            foreach (var (kind, fact) in traps)
            {
                if (TripsTrap(conflict, fact, matches.Select(i => conflicts[i])))
                {
                    tripped.Add($"{kind}: {fact.Slot}");
                    if (kind == "not_conflict")
                        trippedNotConflicts.Add(fact.Slot);
                }
            }

            foreach (var (span, spans) in noise)
            {
                if (conflict.Sides.SelectMany(s => s.Sources).Any(src => src.Doc == span.Doc && spans.Any(x => Overlaps(src, x))))
                    tripped.Add($"noise: {span.Text}");
            }

            var score = new FlaggedScore(conflict.Slot, conflict.Summary, matches.Select(i => conflicts[i].Slot).ToList(), tripped);
            if (score.Correct)
                matched.UnionWith(matches);
            scored.Add(score);
        }

        var misses = Enumerable.Range(0, conflicts.Count).Where(i => !matched.Contains(i)).Select(i => conflicts[i].Slot).ToList();
        return new ClusterScore(cluster, conflicts.Count, matched.Count, flagged.Count, scored.Count(s => s.Correct), misses,
            scored.Where(s => !s.Correct).ToList(), trippedNotConflicts.Order(StringComparer.Ordinal).ToList(), errors);
    }

    private sealed record LocatedFact(string Slot, IReadOnlyList<LocatedSpan> Spans);

    private sealed record LocatedSpan(string Doc, string Text, int Start, int End);

    private static LocatedFact Locate(LabeledFact fact, IReadOnlyDictionary<string, string> documents, List<string> errors) =>
        new(fact.Slot ?? "(unnamed)", fact.Values.SelectMany(v => Find(documents, v, errors)).ToList());

    private static List<LocatedSpan> Find(IReadOnlyDictionary<string, string> documents, LabeledSpan span, List<string> errors)
    {
        if (!documents.TryGetValue(span.Doc, out var text))
        {
            errors.Add($"{span.Doc}: no such document");
            return [];
        }

        // Labels may fold runs of white space, as quotes may.
        var pattern = string.Join(@"\s+", span.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        var found = Regex.Matches(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            .Select(m => new LocatedSpan(span.Doc, span.Text, m.Index, m.Index + m.Length))
            .ToList();
        if (found.Count == 0)
            errors.Add($"{span.Doc}: label text not found: {span.Text}");
        return found;
    }

    private static bool Overlaps(ConflictSource source, LocatedSpan span) => source.Start < span.End && span.Start < source.End;

    /// <summary>Which side of the conflict each doc's quotes overlapping the fact sit on, with the labeled text they overlap.</summary>
    private static List<(string Doc, int Side, string Text)> Hits(Conflict conflict, LocatedFact fact) =>
        conflict.Sides
            .SelectMany((side, index) => side.Sources.Select(src => (src, index)))
            .SelectMany(x => fact.Spans.Where(s => s.Doc == x.src.Doc && Overlaps(x.src, s)).Select(s => (s.Doc, Side: x.index, s.Text)))
            .Distinct()
            .ToList();

    private static bool Matches(Conflict conflict, LocatedFact fact)
    {
        var hits = Hits(conflict, fact);
        return hits.Any(a => hits.Any(b => a.Doc != b.Doc && a.Side != b.Side && !SameText(a.Text, b.Text)));
    }

    /// <summary>
    /// A trap is tripped when two docs on different sides overlap it, unless those quotes also carry a
    /// labeled conflict the flag matched (one sentence can hold both facts).
    /// </summary>
    private static bool TripsTrap(Conflict conflict, LocatedFact trap, IEnumerable<LocatedFact> matched)
    {
        var carriers = matched.SelectMany(f => Hits(conflict, f)).Select(h => (h.Doc, h.Side)).ToHashSet();
        var hits = Hits(conflict, trap).Where(h => !carriers.Contains((h.Doc, h.Side))).ToList();
        return hits.Any(a => hits.Any(b => a.Doc != b.Doc && a.Side != b.Side));
    }

    private static bool SameText(string a, string b) =>
        string.Equals(WhiteSpace().Replace(a.Trim(), " "), WhiteSpace().Replace(b.Trim(), " "), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
