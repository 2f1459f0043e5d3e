using FactCheck.Comparison.Data;
using FactCheck.Contracts;
using FactCheck.Platform.Data;
using FactCheck.Tests;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Comparison.Tests;

public sealed class StoryComparisonTests : SqliteComparisonTests
{
    [Fact]
    public async Task Should_see_every_article_of_one_story_when_two_instances_compare_them_at_the_same_moment()
    {
        var instances = new[] { Instance(), Instance() };
        var articles = Enumerable.Range(0, 12).Select(i => Article($"{i:00}.txt", i % 2 == 0 ? 340_000 : 300_000)).ToList();

        var outcomes = await Task.WhenAll(articles.Select((a, i) => Task.Run(() => instances[i % 2].CompareAsync(a, CancellationToken.None))));

        var storyId = Assert.Single(outcomes.Select(o => o.Story.Id).Distinct());
        var repository = new StoryRepository(Database());
        await using var connection = await repository.OpenAsync(CancellationToken.None);
        var conflict = Assert.Single(await repository.ConflictsAsync(connection, null, storyId, CancellationToken.None));
        Assert.Equal(articles.Select(a => a.Doc).Order(), conflict.Sides.SelectMany(s => s.Sources).Select(s => s.Doc).Order());
    }

    [Fact]
    public async Task Should_resolve_a_conflict_when_a_corrected_version_agrees()
    {
        var comparison = Instance();
        var wrong = Article("a.txt", 300_000);
        await comparison.CompareAsync(Article("b.txt", 340_000), CancellationToken.None);
        var raised = await comparison.CompareAsync(wrong, CancellationToken.None);

        var corrected = await comparison.CompareAsync(Article("a.txt", 340_000) with { ArticleId = wrong.ArticleId, Version = 2 }, CancellationToken.None);

        var conflict = Assert.Single(raised.Conflicts);
        Assert.Empty(corrected.Conflicts);
        Assert.Equal([conflict.Id], corrected.Resolved);
        Assert.StartsWith("corrected by Outlet a.txt at ", corrected.ResolvedReason);
    }

    [Fact]
    public async Task Should_announce_the_same_conflicts_again_when_a_message_is_redelivered()
    {
        var comparison = Instance();
        await comparison.CompareAsync(Article("a.txt", 340_000), CancellationToken.None);
        var second = Article("b.txt", 300_000);
        var first = await comparison.CompareAsync(second, CancellationToken.None);

        var again = await comparison.CompareAsync(second, CancellationToken.None);

        Assert.Equal(first.Story.Id, again.Story.Id);
        Assert.Equal(first.Conflicts.Select(c => c.Id), again.Announce.Select(c => c.Id));
        Assert.Empty(again.Resolved);
    }

    [Fact]
    public async Task Should_keep_the_sample_clusters_in_separate_stories()
    {
        var comparison = Instance();
        var clusters = new[] { "astana-talks", "aceh-quake-2013", "indian-navy-pirates-2008", "klitschko-rahman-2008" };
        var placed = new List<(string Cluster, Guid Story)>();

        foreach (var cluster in clusters)
        {
            foreach (var file in Directory.EnumerateFiles(Samples.Folder(cluster), "*.txt").Order(StringComparer.Ordinal))
            {
                var message = new ClaimsExtracted { ArticleId = Guid.NewGuid(), Doc = Path.GetFileName(file), Outlet = file, Text = await File.ReadAllTextAsync(file) };
                placed.Add((cluster, (await comparison.CompareAsync(message, CancellationToken.None)).Story.Id));
            }
        }

        Assert.Equal(clusters.Length, placed.Select(p => p.Story).Distinct().Count());
        Assert.All(placed.GroupBy(p => p.Cluster), g => Assert.Single(g.Select(p => p.Story).Distinct()));
    }

    private static ClaimsExtracted Article(string doc, double deaths) => DeathTollArticles.Article(doc, deaths);
}
