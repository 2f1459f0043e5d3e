using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.Running;
using FactCheck.Comparison.Benchmarks;
using FactCheck.Comparison.Engine;

// "find-loop N [CASE]": Find over every case (or one) N times without BenchmarkDotNet, for callgrind's deterministic instruction counts.
// "find-dump FILE": every case's conflicts as JSON, to diff an engine change against the code before it.
switch (args)
{
    case ["find-loop", var count, .. var only]:
        var cases = FindBenchmarks.Cases().Where(c => only.Length == 0 || only.Contains(c)).Select(c => (Name: c, Evidence: FindBenchmarks.Evidence(c))).ToList();
        var story = FindStories.IdOf("story");
        var watch = Stopwatch.StartNew();
        var found = 0;
        for (var i = 0; i < int.Parse(count, System.Globalization.CultureInfo.InvariantCulture); i++)
            found += cases.Sum(c => ConflictFinder.Find(story, c.Evidence).Count);
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
