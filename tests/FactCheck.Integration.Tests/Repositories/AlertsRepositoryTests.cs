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

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_log_each_attempt_and_cancel_what_is_pending_when_the_endpoint_is_gone(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, AlertsModule.Schema, typeof(AlertsModule).Assembly);
        var subscriptions = new SubscriptionRepository(db.Database);
        var repository = new DeliveryRepository(db.Database);
        var at = new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
        var subscription = new Subscription { Id = Guid.NewGuid(), Url = "https://hooks.example.com/", Events = "conflict.detected", CreatedAt = at };
        await subscriptions.InsertAsync(subscription, "cipher", CancellationToken.None);
        var delivered = new PendingDelivery(Guid.NewGuid(), "conflict.detected", Guid.NewGuid(), Guid.NewGuid(), "{}", at);
        var pending = delivered with { Id = Guid.NewGuid(), ConflictId = Guid.NewGuid() };
        await repository.EnqueueAsync(delivered, null, [subscription], CancellationToken.None);
        await repository.EnqueueAsync(pending, null, [subscription], CancellationToken.None);
        var due = await repository.DueAsync(at.AddMinutes(1), 10, CancellationToken.None);
        var first = due.Single(d => d.EventId == delivered.Id);
        var second = due.Single(d => d.EventId == pending.Id);

        await repository.RecordAttemptAsync(first.Id, new DeliveryAttempt { Attempt = 1, AttemptedAt = at, StatusCode = 200, DurationMs = 12 }, "delivered", at, CancellationToken.None);
        await repository.RecordAttemptAsync(second.Id, new DeliveryAttempt { Attempt = 1, AttemptedAt = at, Error = "timed out", DurationMs = 10_000 }, "pending", at.AddSeconds(10), CancellationToken.None);
        await subscriptions.DisableAsync(subscription.Id, "410 Gone", CancellationToken.None);
        var log = (await repository.LogAsync(subscription.Id, 10, CancellationToken.None)).ToDictionary(e => e.Id);

        Assert.Equal(("delivered", 1, 200, (string?)null, (DateTimeOffset?)at), (log[first.Id].Status, log[first.Id].Attempts, log[first.Id].LastStatusCode, log[first.Id].LastError, log[first.Id].DeliveredAt));
        Assert.Equal(("cancelled", 1, (int?)null, "timed out", (DateTimeOffset?)null), (log[second.Id].Status, log[second.Id].Attempts, log[second.Id].LastStatusCode, log[second.Id].LastError, log[second.Id].DeliveredAt));
        Assert.Equal("timed out", Assert.Single(await repository.AttemptsAsync(subscription.Id, second.Id, CancellationToken.None)).Error);
        Assert.Equal("disabled", (await subscriptions.FindAsync(subscription.Id, CancellationToken.None))!.Status);
    }
}
