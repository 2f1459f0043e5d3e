using FactCheck.Intake.Cleaning;
using FactCheck.Tests;

namespace FactCheck.Intake.Tests;

/// <summary>A non-blank line of a sample file, whether it belongs to the story, and whether the cleaner kept it.</summary>
internal sealed record LabeledLine(string Cluster, string Doc, int Number, string Text, bool Story, bool Kept);

/// <summary>Line-level keep/drop labels for the samples and the figures they give.</summary>
internal static class LineLabels
{
    public static readonly string[] EcbClusters = ["aceh-quake-2013", "indian-navy-pirates-2008", "klitschko-rahman-2008"];

    /// <summary>The astana-talks files, labeled by hand in <c>Fixtures/astana-talks/*.labels</c> (one label per line: keep, drop or blank).</summary>
    public static IReadOnlyList<LabeledLine> Astana()
    {
        var lines = new List<LabeledLine>();
        foreach (var doc in Directory.EnumerateFiles(Samples.Folder("astana-talks"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            var labels = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "astana-talks", Path.ChangeExtension(doc!, ".labels")));
            lines.AddRange(Label("astana-talks", doc!, (number, text) =>
            {
                var label = labels[number - 1];
                if (!text.StartsWith(label[5..], StringComparison.Ordinal))
                    throw new InvalidDataException($"{doc}:{number}: label '{label}' does not belong to line '{text}'.");
                return label.StartsWith("keep ", StringComparison.Ordinal);
            }));
        }

        return lines;
    }

    /// <summary>Lines of the ECB+ files that are not story sentences besides the headline and dateline atop each aceh file.</summary>
    private static readonly HashSet<string> EcbFurniture = ["aceh-quake-2013/08.txt:3", "aceh-quake-2013/10.txt:10"];

    /// <summary>The ECB+ clusters, rebuilt one sentence per line: every line is story except the aceh headlines, datelines and one related link.</summary>
    public static IReadOnlyList<LabeledLine> Ecb() =>
        EcbClusters.SelectMany(cluster => Directory.EnumerateFiles(Samples.Folder(cluster), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(path => Label(cluster, Path.GetFileName(path), (number, _) =>
                !(cluster == "aceh-quake-2013" && number <= 2) && !EcbFurniture.Contains($"{cluster}/{Path.GetFileName(path)}:{number}"))))
            .ToList();

    public static (double Precision, double Recall, int Kept, int Story) Score(IReadOnlyList<LabeledLine> lines)
    {
        var truePositives = lines.Count(l => l.Story && l.Kept);
        var kept = lines.Count(l => l.Kept);
        var story = lines.Count(l => l.Story);
        return ((double)truePositives / Math.Max(kept, 1), (double)truePositives / Math.Max(story, 1), kept, story);
    }

    private static IEnumerable<LabeledLine> Label(string cluster, string doc, Func<int, string, bool> isStory)
    {
        var original = Samples.Read(cluster, doc);
        var keptStarts = TextCleaner.Clean(original).Segments.Select(s => s.SourceStart).ToHashSet();
        var start = 0;
        var number = 0;
        foreach (var line in original.Split('\n'))
        {
            number++;
            var text = line.TrimEnd('\r');
            var trimmed = text.Trim();
            if (trimmed.Length > 0)
            {
                var leading = text.Length - text.TrimStart().Length;
                yield return new LabeledLine(cluster, doc, number, trimmed, isStory(number, trimmed), keptStarts.Contains(start + leading));
            }

            start += line.Length + 1;
        }
    }
}
