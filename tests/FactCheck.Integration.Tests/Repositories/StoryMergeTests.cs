using FactCheck.Comparison;
using FactCheck.Comparison.Data;
using FactCheck.Comparison.Editing;
using FactCheck.Integration.Tests.Support;
using static FactCheck.Tests.StoryArticles;

namespace FactCheck.Integration.Tests.Repositories;

/// <summary>Story merging and moving on both engines: the SQL, the row locks and their order.</summary>
public sealed class StoryMergeTests
{
    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_merge_two_stories_when_a_later_article_links_them(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ComparisonModule.Schema, typeof(ComparisonModule).Assembly);
        var repository = new StoryRepository(db.Database);
        var comparison = new StoryComparison(repository, TimeProvider.System);
        var astana = await comparison.CompareAsync(Article("a1.txt", Astana, 340_000, TalksDay), CancellationToken.None);
        var moscow = await comparison.CompareAsync(Article("b1.txt", Moscow, 300_000, TalksDay), CancellationToken.None);
        var split = await comparison.CompareAsync(Article("b2.txt", Moscow, 250_000, TalksDay), CancellationToken.None);

        var bridged = await comparison.CompareAsync(Article("c1.txt", Bridge, 340_000, TalksDay), CancellationToken.None);

        await using var connection = await repository.OpenAsync(CancellationToken.None);
        await using var read = await connection.BeginTransactionAsync();
        var absorbed = await new StoryMergeRepository().StateAsync(connection, read, moscow.Story.Id, CancellationToken.None);
        var merges = await new StoryMergeRepository().MergedByAsync(connection, read, $"article:{bridged.Article.ArticleId:N}:1", CancellationToken.None);
        var members = await repository.StoryArticlesAsync(connection, read, astana.Story.Id, CancellationToken.None);
        Assert.NotEqual(astana.Story.Id, moscow.Story.Id);
        Assert.Equal(astana.Story.Id, absorbed!.MergedInto);
        Assert.Equal(split.Conflicts.Select(c => c.Id), Assert.Single(merges).ResolvedConflicts);
        Assert.Equal(["a1.txt", "b1.txt", "b2.txt", "c1.txt"], members.Select(a => a.Doc));
        Assert.Empty(await repository.StoryArticlesAsync(connection, read, moscow.Story.Id, CancellationToken.None));
        Assert.Empty(await repository.ConflictsAsync(connection, read, moscow.Story.Id, CancellationToken.None));
        Assert.Equal(4, Assert.Single(await repository.ConflictsAsync(connection, read, astana.Story.Id, CancellationToken.None)).Sides.Sum(s => s.Sources.Count));
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_hold_every_article_in_one_story_when_merges_moves_and_comparisons_run_at_once(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ComparisonModule.Schema, typeof(ComparisonModule).Assembly);
        var repository = new StoryRepository(db.Database);
        var instances = new[] { new StoryComparison(repository, TimeProvider.System), new StoryComparison(new StoryRepository(db.Database), TimeProvider.System) };
        var editor = new StoryEditor(repository, TimeProvider.System);
        // Whichever story an article is compared in, its figure disagrees with that story's first article,
        // so every comparison's conflict names the article it compared.
        var astana = await instances[0].CompareAsync(Article("a0.txt", Astana, 340_000, TalksDay), CancellationToken.None);
        var moscow = await instances[1].CompareAsync(Article("b0.txt", Moscow, 250_000, TalksDay), CancellationToken.None);
        var stray = await instances[1].CompareAsync(Article("b1.txt", Moscow, 250_000, TalksDay), CancellationToken.None);
        var rest = Enumerable.Range(2, 5).SelectMany(i => new[]
        {
            Article($"a{i}.txt", Astana, 300_000, TalksDay.AddHours(i)),
            Article($"b{i}.txt", Moscow, 200_000, TalksDay.AddHours(i)),
            Article($"c{i}.txt", Bridge, 300_000, TalksDay.AddHours(i)),
        }).ToList();

        var compared = rest.Select((a, i) => Task.Run(() => instances[i % 2].CompareAsync(a, CancellationToken.None))).ToList();
        var edits = new[]
        {
            Task.Run(() => editor.MergeAsync(moscow.Story.Id, astana.Story.Id, "desk", CancellationToken.None)),
            Task.Run(() => editor.MoveAsync(stray.Article.ArticleId, astana.Story.Id, newStory: false, "desk", CancellationToken.None)),
        };
        await Task.WhenAll(compared.Cast<Task>().Concat(edits));

        await using var connection = await repository.OpenAsync(CancellationToken.None);
        await using var read = await connection.BeginTransactionAsync();
        var members = await repository.StoryArticlesAsync(connection, read, astana.Story.Id, CancellationToken.None);
        var conflict = Assert.Single(await repository.ConflictsAsync(connection, read, astana.Story.Id, CancellationToken.None));
        Assert.Equal(18, members.Count);
        Assert.Equal(members.Select(a => a.Doc).Order(), conflict.Sides.SelectMany(s => s.Sources).Select(s => s.Doc).Order());
        Assert.All(compared, c => Assert.Contains(c.Result.Article.Doc, c.Result.Conflicts.SelectMany(x => x.Sides).SelectMany(x => x.Sources).Select(x => x.Doc)));
        Assert.Equal(astana.Story.Id, (await new StoryMergeRepository().StateAsync(connection, read, moscow.Story.Id, CancellationToken.None))!.MergedInto);
    }
}
