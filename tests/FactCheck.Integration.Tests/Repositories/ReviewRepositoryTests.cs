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

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_keep_every_claim_of_an_article_once_when_its_claims_arrive_twice(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ReviewModule.Schema, typeof(ReviewModule).Assembly);
        var views = new StoryViewRepository(db.Database);
        var desk = new DeskRepository(db.Database);
        var compared = Compared(Guid.NewGuid(), 1, "deaths");
        var claims = Enumerable.Range(0, 7).Select(i => new Claim
        {
            Kind = "count", Slot = $"slot-{i % 3}", Display = $"{i * 1000:N0}", Quote = $"\"{i}\" — l'été, 'quoted' \\ {{json}} 😀 {i}",
        }).ToList();
        var message = new ClaimsExtracted
        {
            ArticleId = compared.ArticleId, Version = compared.Version, Outlet = "Wire", Doc = "a.txt", Text = "Body",
            AcceptedAt = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero), Claims = claims,
        };
        await views.ApplyAsync(compared, DateTimeOffset.UtcNow, CancellationToken.None);

        await desk.SaveClaimsAsync(message, CancellationToken.None);
        await desk.SaveClaimsAsync(message with { Claims = claims.Take(2).ToList(), Text = "Other" }, CancellationToken.None);
        var cells = await desk.ClaimsAsync(compared.StoryId, CancellationToken.None);
        var texts = await desk.TextsAsync(compared.StoryId, CancellationToken.None);

        var expected = claims.Select(c => (c.Slot, c.Display, c.Quote)).OrderBy(c => c.Slot, StringComparer.Ordinal).ThenBy(c => c.Display, StringComparer.Ordinal);
        Assert.Equal(expected, cells.Select(c => (c.Slot, c.Display, c.Quote)).OrderBy(c => c.Slot, StringComparer.Ordinal).ThenBy(c => c.Display, StringComparer.Ordinal));
        Assert.All(cells, c => Assert.Equal(("count", compared.ArticleId), (c.Kind, c.ArticleId)));
        Assert.Equal("Body", texts[compared.ArticleId]);
        Assert.Equal(message.AcceptedAt, await desk.AcceptedAtAsync(compared.ArticleId, compared.Version, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_store_the_text_when_an_article_has_no_claims(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ReviewModule.Schema, typeof(ReviewModule).Assembly);
        var desk = new DeskRepository(db.Database);
        var message = new ClaimsExtracted { ArticleId = Guid.NewGuid(), Version = 1, Text = "Body", AcceptedAt = DateTimeOffset.UnixEpoch, Claims = [] };

        await desk.SaveClaimsAsync(message, CancellationToken.None);

        Assert.Equal(DateTimeOffset.UnixEpoch, await desk.AcceptedAtAsync(message.ArticleId, 1, CancellationToken.None));
    }
}
