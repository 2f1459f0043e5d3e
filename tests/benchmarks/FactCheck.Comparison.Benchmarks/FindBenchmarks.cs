using BenchmarkDotNet.Attributes;
using FactCheck.Comparison.Engine;
using FactCheck.Contracts;

namespace FactCheck.Comparison.Benchmarks;

/// <summary>
/// <c>ConflictFinder.Find</c> over one story's evidence, as comparison recomputes it for every article that joins:
/// each sample cluster taken as one story, and made-up stories of 5 and 20 articles.
/// </summary>
// Several thousand warm-up calls: the engine's methods reach their final JIT tier before the first case is measured.
[MemoryDiagnoser]
[WarmupCount(30)]
public class FindBenchmarks
{
    private static readonly Guid Story = FindStories.IdOf("story");
    private IReadOnlyList<ArticleEvidence> _evidence = [];

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    public static IEnumerable<string> Cases() => FindStories.Clusters().Append("synthetic-5").Append("synthetic-20");

    [GlobalSetup]
    public void Setup() => _evidence = Evidence(Case);

    public static IReadOnlyList<ArticleEvidence> Evidence(string name) => name switch
    {
        "synthetic-5" => FindStories.Synthetic(5),
        "synthetic-20" => FindStories.Synthetic(20),
        _ => FindStories.Sample(name),
    };

    [Benchmark(Description = "find conflicts in one story")]
    public IReadOnlyList<Conflict> Find() => ConflictFinder.Find(Story, _evidence);
}
