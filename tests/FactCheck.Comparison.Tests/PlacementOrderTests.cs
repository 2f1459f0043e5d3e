using System.Collections.Concurrent;
using System.Globalization;
using FactCheck.Contracts;
using FactCheck.Tests;

namespace FactCheck.Comparison.Tests;

/// <summary>
/// Each labeled cluster reports one event, so it must end as one story whatever order its articles arrive in:
/// extraction runs several articles at once, so comparison never sees a fixed order. Plain files carry no dates,
/// which is the hard case (an undated match merges only when strong).
/// </summary>
public sealed class PlacementOrderTests : SqliteComparisonTests
{
    private static readonly string SamplesFolder = Path.Combine(AppContext.BaseDirectory, "samples");
    private const int EveryOrderUpTo = 5;

    // Each cluster is cleaned and extracted once for all its orders, not once per order.
    private static readonly ConcurrentDictionary<string, IReadOnlyList<ClaimsExtracted>> Extracted = new(StringComparer.Ordinal);
    private const int ShuffledOrders = 30;

    /// <summary>Every order of a small cluster; a fixed set of shuffles of a larger one.</summary>
    public static TheoryData<string, string> Orders()
    {
        var data = new TheoryData<string, string>();
        foreach (var cluster in SampleEvidence.Clusters(SamplesFolder))
        {
            var count = SampleEvidence.Files(SamplesFolder, cluster).Count();
            var orders = count <= EveryOrderUpTo
                ? Permutations(Enumerable.Range(0, count).ToList())
                : Enumerable.Range(0, ShuffledOrders).Select(seed => Shuffled(count, seed));
            foreach (var order in orders)
                data.Add(cluster, string.Join(' ', order));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Should_place_every_article_of_a_cluster_in_one_story_in_any_order(string cluster, string positions)
    {
        var articles = Messages(cluster);
        var order = positions.Split(' ').Select(p => articles[int.Parse(p, CultureInfo.InvariantCulture)]).ToList();
        var comparison = Instance();

        foreach (var article in order)
            await comparison.CompareAsync(article, CancellationToken.None);

        var stories = new HashSet<Guid>();
        foreach (var article in articles)
            stories.Add(await StoryOfAsync(article.ArticleId));
        Assert.True(stories.Count == 1, $"{cluster} in the order {string.Join(", ", order.Select(a => Path.GetFileName(a.Doc)))} became {stories.Count} stories");
    }

    [Fact]
    public async Task Should_keep_every_cluster_a_story_of_its_own_when_all_arrive_interleaved()
    {
        var clusters = SampleEvidence.Clusters(SamplesFolder).ToDictionary(c => c, Messages);
        var interleaved = clusters.Values.SelectMany(articles => articles.Select((article, position) => (article, position)))
            .OrderBy(x => x.position).Select(x => x.article).ToList();
        var comparison = Instance();

        foreach (var article in interleaved)
            await comparison.CompareAsync(article, CancellationToken.None);

        var storyOf = new Dictionary<string, HashSet<Guid>>();
        foreach (var (cluster, articles) in clusters)
        {
            storyOf[cluster] = [];
            foreach (var article in articles)
                storyOf[cluster].Add(await StoryOfAsync(article.ArticleId));
        }

        Assert.All(storyOf, pair => Assert.True(pair.Value.Count == 1, $"{pair.Key} became {pair.Value.Count} stories"));
        var shared = storyOf.GroupBy(p => p.Value.First()).Where(g => g.Count() > 1).Select(g => string.Join(" + ", g.Select(p => p.Key)));
        Assert.True(clusters.Count == storyOf.Values.SelectMany(s => s).Distinct().Count(), $"one story holds {string.Join("; ", shared)}");
    }

    private static IReadOnlyList<ClaimsExtracted> Messages(string cluster) =>
        Extracted.GetOrAdd(cluster, c => SampleEvidence.Messages(SamplesFolder, c));

    private static IEnumerable<IReadOnlyList<int>> Permutations(IReadOnlyList<int> items) =>
        items.Count <= 1
            ? [items]
            : items.SelectMany(first => Permutations(items.Where(i => i != first).ToList()).Select(rest => (IReadOnlyList<int>)[first, .. rest]));

    private static IReadOnlyList<int> Shuffled(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).OrderBy(_ => random.Next()).ToList();
    }
}
