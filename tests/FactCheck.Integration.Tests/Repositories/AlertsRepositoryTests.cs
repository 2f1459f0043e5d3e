using FactCheck.Alerts;
using FactCheck.Alerts.Data;
using FactCheck.Alerts.Subscriptions;
using FactCheck.Integration.Tests.Support;

namespace FactCheck.Integration.Tests.Repositories;

public sealed class AlertsRepositoryTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private static async Task<(EngineDatabase Db, SubscriptionRepository Subscriptions, DeliveryRepository Deliveries)> OpenAsync(string engine)
    {
        var db = await EngineDatabase.CreateAsync(engine, AlertsModule.Schema, typeof(AlertsModule).Assembly);
        return (db, new SubscriptionRepository(db.Database), new DeliveryRepository(db.Database));
    }

    private static async Task<Subscription> SubscribeAsync(SubscriptionRepository subscriptions, string events, int n = 0)
    {
        var subscription = new Subscription { Id = Guid.NewGuid(), Url = $"https://hooks{n}.example.com/", Events = events, CreatedAt = At };
        await subscriptions.InsertAsync(subscription, "cipher", CancellationToken.None);
        return subscription;
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_owe_one_delivery_per_subscriber_when_the_same_event_is_enqueued_twice(string engine)
    {
        var (db, subscriptions, repository) = await OpenAsync(engine);
        await using var _ = db;
        var subscription = await SubscribeAsync(subscriptions, "conflict.detected");
        var delivery = new PendingDelivery(Guid.NewGuid(), "conflict.detected", Guid.NewGuid(), Guid.NewGuid(), "{}", At);

        await repository.EnqueueAsync(delivery, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", [subscription], CancellationToken.None);
        await repository.EnqueueAsync(delivery, null, [subscription], CancellationToken.None);
        var due = await repository.DueAsync(At.AddMinutes(1), 10, CancellationToken.None);

        var owed = Assert.Single(due);
        Assert.Equal((subscription.Id, delivery.Id, "{}"), (owed.SubscriptionId, owed.EventId, owed.Payload));
        Assert.Equal("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", owed.TraceParent);
        Assert.True(await repository.ClaimAsync(owed, At.AddMinutes(2), CancellationToken.None));
        Assert.False(await repository.ClaimAsync(owed, At.AddMinutes(2), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_owe_the_event_to_each_subscriber_when_several_match(string engine)
    {
        var (db, subscriptions, repository) = await OpenAsync(engine);
        await using var _ = db;
        var subscribers = new List<Subscription>();
        for (var i = 0; i < 3; i++)
            subscribers.Add(await SubscribeAsync(subscriptions, "story.updated", i));
        var delivery = new PendingDelivery(Guid.NewGuid(), "story.updated", Guid.NewGuid(), Guid.NewGuid(), "{}", At);
        var unowed = new PendingDelivery(Guid.NewGuid(), "conflict.detected", Guid.NewGuid(), Guid.NewGuid(), """{"unowed":true}""", At);

        await repository.EnqueueAsync(delivery, null, subscribers, CancellationToken.None);
        await repository.EnqueueAsync(delivery, null, subscribers.Take(1), CancellationToken.None);
        await repository.EnqueueAsync(unowed, null, [], CancellationToken.None);
        var due = await repository.DueAsync(At.AddMinutes(1), 10, CancellationToken.None);

        Assert.Equal(subscribers.Select(s => s.Id).Order(), due.Select(d => d.SubscriptionId).Order());
        Assert.Equal(3, due.Select(d => d.Id).Distinct().Count());
        Assert.All(due, d => Assert.Equal((delivery.Id, "story.updated", At), (d.EventId, d.EventType, d.CreatedAt)));
        Assert.Equal(unowed.Payload, await repository.DetectedPayloadAsync(unowed.ConflictId, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_log_each_attempt_and_cancel_what_is_pending_when_the_endpoint_is_gone(string engine)
    {
        var (db, subscriptions, repository) = await OpenAsync(engine);
        await using var _ = db;
        var subscription = await SubscribeAsync(subscriptions, "conflict.detected");
        var delivered = new PendingDelivery(Guid.NewGuid(), "conflict.detected", Guid.NewGuid(), Guid.NewGuid(), "{}", At);
        var pending = delivered with { Id = Guid.NewGuid(), ConflictId = Guid.NewGuid() };
        await repository.EnqueueAsync(delivered, null, [subscription], CancellationToken.None);
        await repository.EnqueueAsync(pending, null, [subscription], CancellationToken.None);
        var due = await repository.DueAsync(At.AddMinutes(1), 10, CancellationToken.None);
        var first = due.Single(d => d.EventId == delivered.Id);
        var second = due.Single(d => d.EventId == pending.Id);

        await repository.RecordAttemptAsync(first.Id, new DeliveryAttempt { Attempt = 1, AttemptedAt = At, StatusCode = 200, DurationMs = 12 }, "delivered", At, CancellationToken.None);
        await repository.RecordAttemptAsync(second.Id, new DeliveryAttempt { Attempt = 1, AttemptedAt = At, Error = "timed out", DurationMs = 10_000 }, "pending", At.AddSeconds(10), CancellationToken.None);
        await subscriptions.DisableAsync(subscription.Id, "410 Gone", CancellationToken.None);
        var log = (await repository.LogAsync(subscription.Id, 10, CancellationToken.None)).ToDictionary(e => e.Id);

        Assert.Equal(("delivered", 1, 200, (string?)null, (DateTimeOffset?)At), (log[first.Id].Status, log[first.Id].Attempts, log[first.Id].LastStatusCode, log[first.Id].LastError, log[first.Id].DeliveredAt));
        Assert.Equal(("cancelled", 1, (int?)null, "timed out", (DateTimeOffset?)null), (log[second.Id].Status, log[second.Id].Attempts, log[second.Id].LastStatusCode, log[second.Id].LastError, log[second.Id].DeliveredAt));
        Assert.Equal("timed out", Assert.Single(await repository.AttemptsAsync(subscription.Id, second.Id, CancellationToken.None)).Error);
        Assert.Equal("disabled", (await subscriptions.FindAsync(subscription.Id, CancellationToken.None))!.Status);
    }
}
