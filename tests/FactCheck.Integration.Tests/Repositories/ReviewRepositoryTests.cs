using FactCheck.Contracts;
using FactCheck.Integration.Tests.Support;
using FactCheck.Review;
using FactCheck.Review.Data;

namespace FactCheck.Integration.Tests.Repositories;

public sealed class ReviewRepositoryTests
{
    private static ArticleCompared Compared(Guid storyId, long revision, string summary) => new()
    {
        ArticleId = Guid.NewGuid(),
        StoryId = storyId,
        StoryRevision = revision,
        StoryTitle = "Talks",
        Doc = $"doc-{revision}.txt",
        Outlet = "Wire",
        PublishedAt = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero),
        VoiceId = Guid.NewGuid(),
        ClaimCount = 3,
        Conflicts = [new Conflict { Id = Guid.NewGuid(), Slot = "deaths", Summary = summary }],
    };

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_keep_the_newer_conflicts_when_an_older_revision_arrives_late(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ReviewModule.Schema, typeof(ReviewModule).Assembly);
        var repository = new StoryViewRepository(db.Database);
        var storyId = Guid.NewGuid();
        var newer = Compared(storyId, 2, "newer");
        var older = Compared(storyId, 1, "older");

        await repository.ApplyAsync(newer, DateTimeOffset.UtcNow, CancellationToken.None);
        await repository.ApplyAsync(older, DateTimeOffset.UtcNow, CancellationToken.None);
        await repository.ApplyAsync(newer, DateTimeOffset.UtcNow, CancellationToken.None);
        var story = await repository.FindAsync(storyId, CancellationToken.None);
        var all = await repository.ListAsync(CancellationToken.None);
        var missing = await repository.FindAsync(Guid.NewGuid(), CancellationToken.None);

        Assert.Equal("newer", Assert.Single(story!.Conflicts).Summary);
        Assert.Equal(2, story.Articles.Count);
        Assert.Equal(newer.PublishedAt, story.Articles.Single(a => a.Id == newer.ArticleId).PublishedAt);
        Assert.Equal(storyId, Assert.Single(all).Id);
        Assert.Null(missing);
        Assert.Equal(2, await repository.ArticleCountAsync(CancellationToken.None));
    }
}
