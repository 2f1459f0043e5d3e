using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Running;
using FactCheck.Comparison.Benchmarks;
using FactCheck.Comparison.Engine;

// "find-evidence FILE": every case's evidence as JSON. "find-loop N FILE [CASE]": Find over every case of FILE (or one) N
// times without BenchmarkDotNet, for callgrind's deterministic instruction counts (reading the evidence from a file keeps
// extraction, whose regular expressions time out under valgrind, out of the run). "find-dump FILE": every case's conflicts.
switch (args)
{
    case ["find-evidence", var file]:
        File.WriteAllText(file, JsonSerializer.Serialize(FindBenchmarks.Cases().ToDictionary(c => c, FindBenchmarks.Evidence)));
        break;
    case ["find-loop", var count, var file, .. var only]:
        var cases = JsonSerializer.Deserialize<Dictionary<string, List<ArticleEvidence>>>(File.ReadAllText(file))!
            .Where(c => only.Length == 0 || only.Contains(c.Key)).ToList();
        var story = FindStories.IdOf("story");
        var watch = Stopwatch.StartNew();
        var found = 0;
        for (var i = 0; i < int.Parse(count, CultureInfo.InvariantCulture); i++)
            found += cases.Sum(c => ConflictFinder.Find(story, c.Value).Count);
        Console.WriteLine($"{found} conflicts in {watch.ElapsedMilliseconds} ms");
        break;
    case ["find-dump", var file]:
        var dump = FindBenchmarks.Cases().ToDictionary(c => c, c => ConflictFinder.Find(FindStories.IdOf("story"), FindBenchmarks.Evidence(c)));
        File.WriteAllText(file, JsonSerializer.Serialize(dump, new JsonSerializerOptions { WriteIndented = true }));
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(PlacementBenchmarks).Assembly).Run(args, PlacementBenchmarks.Config());
        break;
}
