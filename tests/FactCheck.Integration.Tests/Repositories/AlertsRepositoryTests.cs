using FactCheck.Alerts;
using FactCheck.Alerts.Data;
using FactCheck.Alerts.Subscriptions;
using FactCheck.Integration.Tests.Support;

namespace FactCheck.Integration.Tests.Repositories;

public sealed class AlertsRepositoryTests
{
    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_owe_one_delivery_per_subscriber_when_the_same_event_is_enqueued_twice(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, AlertsModule.Schema, typeof(AlertsModule).Assembly);
        var subscriptions = new SubscriptionRepository(db.Database);
        var repository = new DeliveryRepository(db.Database);
        var at = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
        var subscription = new Subscription { Id = Guid.NewGuid(), Url = "https://hooks.example.com/", Events = "conflict.detected", CreatedAt = at };
        await subscriptions.InsertAsync(subscription, "cipher", CancellationToken.None);
        var delivery = new PendingDelivery(Guid.NewGuid(), "conflict.detected", Guid.NewGuid(), Guid.NewGuid(), "{}", at);

        await repository.EnqueueAsync(delivery, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", [subscription], CancellationToken.None);
        await repository.EnqueueAsync(delivery, null, [subscription], CancellationToken.None);
        var due = await repository.DueAsync(at.AddMinutes(1), 10, CancellationToken.None);

        var owed = Assert.Single(due);
        Assert.Equal((subscription.Id, delivery.Id, "{}"), (owed.SubscriptionId, owed.EventId, owed.Payload));
        Assert.Equal("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", owed.TraceParent);
        Assert.True(await repository.ClaimAsync(owed, at.AddMinutes(2), CancellationToken.None));
        Assert.False(await repository.ClaimAsync(owed, at.AddMinutes(2), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_owe_the_event_to_each_subscriber_when_several_match(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, AlertsModule.Schema, typeof(AlertsModule).Assembly);
        var subscriptions = new SubscriptionRepository(db.Database);
        var repository = new DeliveryRepository(db.Database);
        var at = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
        var subscribers = Enumerable.Range(0, 3)
            .Select(i => new Subscription { Id = Guid.NewGuid(), Url = $"https://hooks{i}.example.com/", Events = "story.updated", CreatedAt = at })
            .ToList();
        foreach (var subscription in subscribers)
            await subscriptions.InsertAsync(subscription, "cipher", CancellationToken.None);
        var delivery = new PendingDelivery(Guid.NewGuid(), "story.updated", Guid.NewGuid(), Guid.NewGuid(), "{}", at);
        var unowed = new PendingDelivery(Guid.NewGuid(), "conflict.detected", Guid.NewGuid(), Guid.NewGuid(), """{"unowed":true}""", at);

        await repository.EnqueueAsync(delivery, null, subscribers, CancellationToken.None);
        await repository.EnqueueAsync(delivery, null, subscribers.Take(1), CancellationToken.None);
        await repository.EnqueueAsync(unowed, null, [], CancellationToken.None);
        var due = await repository.DueAsync(at.AddMinutes(1), 10, CancellationToken.None);

        Assert.Equal(subscribers.Select(s => s.Id).Order(), due.Select(d => d.SubscriptionId).Order());
        Assert.Equal(3, due.Select(d => d.Id).Distinct().Count());
        Assert.All(due, d => Assert.Equal((delivery.Id, "story.updated", at), (d.EventId, d.EventType, d.CreatedAt)));
        Assert.Equal(unowed.Payload, await repository.DetectedPayloadAsync(unowed.ConflictId, CancellationToken.None));
    }
}
