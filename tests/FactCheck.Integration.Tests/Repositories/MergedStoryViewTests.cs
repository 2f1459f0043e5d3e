using FactCheck.Contracts;
using FactCheck.Integration.Tests.Support;
using FactCheck.Review;
using FactCheck.Review.Data;

namespace FactCheck.Integration.Tests.Repositories;

/// <summary>The review read model when comparison merges stories or an editor moves articles, on both engines.</summary>
public sealed class MergedStoryViewTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static ArticleCompared Compared(Guid storyId, long revision, string doc) => new()
    {
        ArticleId = Guid.NewGuid(),
        StoryId = storyId,
        StoryRevision = revision,
        StoryTitle = "Story " + doc,
        Doc = doc,
        Outlet = "Wire",
        VoiceId = Guid.NewGuid(),
        Conflicts = [new Conflict { Id = Guid.NewGuid(), Slot = "deaths", Summary = doc }],
    };

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_drop_a_merged_story_and_send_late_results_about_it_to_the_story_that_absorbed_it(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ReviewModule.Schema, typeof(ReviewModule).Assembly);
        var views = new StoryViewRepository(db.Database);
        var (kept, absorbed) = (Guid.NewGuid(), Guid.NewGuid());
        await views.ApplyAsync(Compared(kept, 1, "a1.txt"), Now, CancellationToken.None);
        await views.ApplyAsync(Compared(absorbed, 1, "b1.txt"), Now, CancellationToken.None);
        var late = Compared(absorbed, 2, "b2.txt");

        await views.ApplyAsync(Compared(kept, 3, "c1.txt") with { MergedStoryIds = [absorbed] }, Now, CancellationToken.None);
        await views.ApplyAsync(late, Now, CancellationToken.None);

        var story = Assert.Single(await views.ListAsync(CancellationToken.None));
        Assert.Equal(kept, story.Id);
        Assert.Equal(["a1.txt", "b1.txt", "b2.txt", "c1.txt"], story.Articles.Select(a => a.Doc));
        Assert.Equal("c1.txt", Assert.Single(story.Conflicts).Summary);
        Assert.Equal(kept, await views.MergedIntoAsync(absorbed, CancellationToken.None));
        Assert.Null(await views.MergedIntoAsync(kept, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_follow_two_redirects_when_a_merge_into_a_story_already_merged_away_arrives_late(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ReviewModule.Schema, typeof(ReviewModule).Assembly);
        var views = new StoryViewRepository(db.Database);
        var (first, middle, last) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await views.ApplyAsync(Compared(last, 1, "c1.txt") with { MergedStoryIds = [middle] }, Now, CancellationToken.None);
        await views.ApplyAsync(Compared(middle, 2, "b1.txt") with { MergedStoryIds = [first] }, Now, CancellationToken.None);

        await views.ApplyAsync(Compared(first, 1, "a1.txt"), Now, CancellationToken.None);

        var story = Assert.Single(await views.ListAsync(CancellationToken.None));
        Assert.Equal(last, story.Id);
        Assert.Equal(["a1.txt", "b1.txt", "c1.txt"], story.Articles.Select(a => a.Doc));
        Assert.Equal("c1.txt", Assert.Single(story.Conflicts).Summary);
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_move_an_article_between_stories_when_an_editor_revision_is_newer(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ReviewModule.Schema, typeof(ReviewModule).Assembly);
        var views = new StoryViewRepository(db.Database);
        var first = Compared(Guid.NewGuid(), 1, "a1.txt");
        var moved = Compared(first.StoryId, 2, "a2.txt");
        var newStory = Guid.NewGuid();
        await views.ApplyAsync(first, Now, CancellationToken.None);
        await views.ApplyAsync(moved, Now, CancellationToken.None);
        StoryRevised Revised(Guid storyId, long revision, params Guid[] articles) =>
            new() { StoryId = storyId, StoryRevision = revision, StoryTitle = "Moved", ArticleIds = articles, Reason = "moved", RevisedAt = Now };

        await views.ApplyAsync(Revised(first.StoryId, 3, first.ArticleId), Now, CancellationToken.None);
        await views.ApplyAsync(Revised(newStory, 1, moved.ArticleId), Now, CancellationToken.None);
        await views.ApplyAsync(Revised(first.StoryId, 2, first.ArticleId, moved.ArticleId), Now, CancellationToken.None);

        var stories = (await views.ListAsync(CancellationToken.None)).ToDictionary(s => s.Id);
        Assert.Equal(["a1.txt"], stories[first.StoryId].Articles.Select(a => a.Doc));
        Assert.Empty(stories[first.StoryId].Conflicts);
        Assert.Equal(["a2.txt"], stories[newStory].Articles.Select(a => a.Doc));
    }
}
