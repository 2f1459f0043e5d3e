using FactCheck.Comparison;
using FactCheck.Comparison.Data;
using FactCheck.Contracts;
using FactCheck.Integration.Tests.Support;
using FactCheck.Tests;

namespace FactCheck.Integration.Tests.Repositories;

public sealed class ComparisonRepositoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static StoredArticle Article(Guid storyId, Guid articleId, int version) => new()
    {
        ArticleId = articleId,
        Version = version,
        StoryId = storyId,
        Doc = $"doc-{version}.txt",
        Outlet = "Wire",
        PublishedAt = version == 1 ? null : Now,
        Fingerprint = 42,
        Entities = """["astana","syria"]""",
        Claims = "[]",
    };

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_offer_only_the_latest_version_when_an_article_was_revised(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ComparisonModule.Schema, typeof(ComparisonModule).Assembly);
        var repository = new StoryRepository(db.Database);
        var story = new StoryRow(Guid.NewGuid(), "Talks", 0);
        var articleId = Guid.NewGuid();
        await using var connection = await repository.OpenAsync(CancellationToken.None);
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await repository.CreateStoryAsync(connection, transaction, story, Now, CancellationToken.None);
            await repository.InsertAndIndexAsync(connection, transaction, Article(story.Id, articleId, 1), [], [], firstVersion: true, 1, Now, CancellationToken.None);
            await repository.InsertAndIndexAsync(connection, transaction, Article(story.Id, articleId, 2), [], [], firstVersion: false, 1, Now, CancellationToken.None);
            await repository.InsertAndIndexAsync(connection, transaction, Article(story.Id, articleId, 2), [], [], firstVersion: false, 1, Now, CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using var read = await connection.BeginTransactionAsync();
        var candidates = await repository.CandidatesAsync(connection, read, [articleId], placedAfter: 1, CancellationToken.None);
        var members = await repository.StoryArticlesAsync(connection, read, story.Id, CancellationToken.None);
        var versions = await repository.VersionsAsync(connection, read, articleId, CancellationToken.None);

        var candidate = Assert.Single(candidates);
        Assert.Equal(story.Id, candidate.StoryId);
        Assert.Equal(Now, candidate.PublishedAt);
        Assert.Equal(2, Assert.Single(members).Version);
        Assert.Equal([Article(story.Id, articleId, 2), Article(story.Id, articleId, 1)], versions);
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_hold_only_the_latest_conflicts_when_they_are_replaced(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ComparisonModule.Schema, typeof(ComparisonModule).Assembly);
        var repository = new StoryRepository(db.Database);
        var story = new StoryRow(Guid.NewGuid(), "Talks", 0);
        var old = new Conflict { Id = Guid.NewGuid(), Kind = "count", Slot = "deaths", Summary = "12 vs 14" };
        var current = new Conflict { Id = Guid.NewGuid(), Kind = "count", Slot = "injured", Summary = "3 vs 5" };
        var alsoCurrent = new Conflict { Id = Guid.NewGuid(), Kind = "name", Slot = "envoy", Summary = "Staffan vs \"Steffan\" \\ de Mistura" };
        await using var connection = await repository.OpenAsync(CancellationToken.None);
        long revision;
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await repository.CreateStoryAsync(connection, transaction, story, Now, CancellationToken.None);
            await repository.ReplaceConflictsAsync(connection, transaction, story.Id, [old], Now, CancellationToken.None);
            await repository.BumpRevisionAsync(connection, transaction, story.Id, CancellationToken.None);
            await repository.ReplaceConflictsAsync(connection, transaction, story.Id, [current, alsoCurrent], Now, CancellationToken.None);
            revision = await repository.BumpRevisionAsync(connection, transaction, story.Id, CancellationToken.None);
            await transaction.CommitAsync();
        }

        var conflicts = await repository.ConflictsAsync(connection, null, story.Id, CancellationToken.None);
        var stored = await repository.FindStoryAsync(connection, null, story.Id, CancellationToken.None);

        Assert.Equal(new[] { current, alsoCurrent }.OrderBy(c => c.Id.ToString("D"), StringComparer.Ordinal).Select(c => (c.Id, c.Summary)), conflicts.Select(c => (c.Id, c.Summary)));
        Assert.Equal(2, revision);
        Assert.Equal(story with { Revision = 2 }, stored);
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_count_each_article_once_in_the_term_index_and_read_candidates_with_their_terms_and_those_placed_later(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ComparisonModule.Schema, typeof(ComparisonModule).Assembly);
        var repository = new StoryRepository(db.Database);
        var story = new StoryRow(Guid.NewGuid(), "Talks", 0);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await using var connection = await repository.OpenAsync(CancellationToken.None);
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await repository.CreateStoryAsync(connection, transaction, story, Now, CancellationToken.None);
            await repository.InsertAndIndexAsync(connection, transaction, Article(story.Id, first, 1) with { Terms = "e:astana w:ceasefire" },
                ["e:astana", "w:ceasefire"], ["e:astana", "w:ceasefire"], firstVersion: true, 1, Now, CancellationToken.None);
            await repository.InsertAndIndexAsync(connection, transaction, Article(story.Id, first, 2) with { Terms = "e:astana w:ceasefire w:round" },
                ["e:astana", "w:ceasefire", "w:round"], ["e:astana", "w:ceasefire", "w:round"], firstVersion: false, 1, Now, CancellationToken.None);
            await repository.InsertAndIndexAsync(connection, transaction, Article(story.Id, second, 1) with { Terms = "e:astana e:o'brien" },
                ["e:astana", "e:o'brien"], ["e:astana", "e:o'brien"], firstVersion: true, 2, Now, CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using var read = await connection.BeginTransactionAsync();
        var (_, holding) = await repository.HoldingAsync(connection, read, ["e:astana", "w:ceasefire", "w:round", "e:o'brien", "w:unknown"], CancellationToken.None);
        var shortlist = await repository.ShortlistAsync(connection, read, ["e:astana", "w:round", "e:o'brien"], 2, CancellationToken.None);
        var onlyOne = await repository.ShortlistAsync(connection, read, ["w:round", "e:astana"], 1, CancellationToken.None);
        var candidates = await repository.CandidatesAsync(connection, read, [second, Guid.NewGuid(), first], placedAfter: 2, CancellationToken.None);
        var withLater = await repository.CandidatesAsync(connection, read, [first], placedAfter: 1, CancellationToken.None);

        Assert.Equal(new Dictionary<string, long>
        {
            ["e:astana"] = 2, ["w:ceasefire"] = 1, ["e:o'brien"] = 1, [StoryRepository.ArticleCountKey] = 2,
        }, holding);
        Assert.Equal(new[] { first, second }.Order(), shortlist.Order());
        Assert.Equal([first], onlyOne);
        Assert.Equal([second, first], candidates.Select(c => c.ArticleId));
        Assert.Equal(["e:astana", "w:ceasefire", "w:round"], candidates[1].Terms.Order(StringComparer.Ordinal));
        Assert.All(candidates, c => Assert.Equal(story.Id, c.StoryId));
        Assert.Equal([first, second], withLater.Select(c => c.ArticleId));
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_see_every_article_of_one_story_when_eight_comparisons_run_at_once(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ComparisonModule.Schema, typeof(ComparisonModule).Assembly);
        var repository = new StoryRepository(db.Database);
        var comparison = new StoryComparison(repository, TimeProvider.System);
        var articles = Enumerable.Range(0, 16).Select(i => DeathTollArticles.Article($"{i:00}.txt", i % 2 == 0 ? 340_000 : 300_000)).ToList();

        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (article, ct) => await comparison.CompareAsync(article, ct));

        await using var connection = await repository.OpenAsync(CancellationToken.None);
        await using var read = await connection.BeginTransactionAsync();
        var placed = await repository.CandidatesAsync(connection, read, articles.Select(a => a.ArticleId).ToList(), placedAfter: long.MaxValue, CancellationToken.None);
        var storyId = Assert.Single(placed.Select(p => p.StoryId).Distinct());
        var conflict = Assert.Single(await repository.ConflictsAsync(connection, read, storyId, CancellationToken.None));
        Assert.Equal(articles.Select(a => a.Doc).Order(), conflict.Sides.SelectMany(s => s.Sources).Select(s => s.Doc).Order());
    }
}
