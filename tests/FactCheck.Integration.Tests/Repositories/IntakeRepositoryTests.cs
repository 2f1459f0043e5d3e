using FactCheck.Integration.Tests.Support;
using FactCheck.Intake;
using FactCheck.Intake.Data;
using FactCheck.Intake.Outbox;

namespace FactCheck.Integration.Tests.Repositories;

public sealed class IntakeRepositoryTests
{
    private static ArticleRow Article(string hash, int version = 1, string url = "https://example.test/a", DateTimeOffset? published = null) => new()
    {
        Id = Guid.NewGuid(),
        Version = version,
        Outlet = "Wire",
        Doc = "a.txt",
        Title = "Talks",
        Url = url,
        PublishedAt = published,
        AcceptedAt = new DateTimeOffset(2026, 11, 21, 10, 30, 15, TimeSpan.FromHours(2)).AddTicks(1234),
        ContentHash = hash,
        Original = "<p>Body</p>",
        Cleaned = "Body",
        Fingerprint = -1234567890123L,
    };

    private static OutboxMessage Announcement() => OutboxMessage.For(new { }, DateTimeOffset.UnixEpoch);

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_store_the_article_once_when_the_same_content_arrives_twice(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, IntakeModule.Schema, typeof(IntakeModule).Assembly);
        var repository = new ArticleRepository(db.Database);
        var first = Article("hash-1", published: new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));

        var stored = await repository.TryInsertAsync(first, Announcement(), CancellationToken.None);
        var again = await repository.TryInsertAsync(first with { Id = Guid.NewGuid() }, Announcement(), CancellationToken.None);
        var found = await repository.FindByContentAsync("hash-1", CancellationToken.None);

        Assert.True(stored);
        Assert.False(again);
        Assert.Equal(first, found);
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_find_the_latest_version_when_an_url_has_several(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, IntakeModule.Schema, typeof(IntakeModule).Assembly);
        var repository = new ArticleRepository(db.Database);
        var v1 = Article("hash-1");
        var v2 = Article("hash-2", version: 2) with { Id = v1.Id };
        await repository.TryInsertAsync(v1, Announcement(), CancellationToken.None);
        await repository.TryInsertAsync(v2, Announcement(), CancellationToken.None);

        var byUrl = await repository.FindLatestByUrlAsync("Wire", "https://example.test/a", CancellationToken.None);
        var byId = (await repository.VersionsAsync(v1.Id, CancellationToken.None)).MaxBy(a => a.Version);
        var missing = await repository.FindLatestByUrlAsync("Other", "https://example.test/a", CancellationToken.None);

        Assert.Equal(2, byUrl!.Version);
        Assert.Equal(v2, byId);
        Assert.Null(missing);
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_announce_the_article_once_when_the_same_content_arrives_twice(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, IntakeModule.Schema, typeof(IntakeModule).Assembly);
        var repository = new ArticleRepository(db.Database);
        var outbox = new OutboxRepository(db.Database);
        var first = Announcement();

        await repository.TryInsertAsync(Article("hash-1"), first, CancellationToken.None);
        await repository.TryInsertAsync(Article("hash-1"), Announcement() with { CreatedAt = DateTimeOffset.UnixEpoch.AddMinutes(1) }, CancellationToken.None);
        await repository.TryInsertAsync(Article("hash-2"), Announcement() with { CreatedAt = DateTimeOffset.UnixEpoch.AddMinutes(1) }, CancellationToken.None);
        var (pending, unsent) = await outbox.PendingAsync(1, CancellationToken.None);

        Assert.Equal(first, Assert.Single(pending));
        Assert.Equal(2, unsent);
    }
}
