using FactCheck.Alerts;
using FactCheck.Alerts.Data;
using FactCheck.Integration.Tests.Support;

namespace FactCheck.Integration.Tests.Repositories;

public sealed class AlertsRepositoryTests
{
    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_queue_one_delivery_when_the_same_event_is_enqueued_twice(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, AlertsModule.Schema, typeof(AlertsModule).Assembly);
        var repository = new DeliveryRepository(db.Database);
        var delivery = new PendingDelivery(Guid.NewGuid(), "conflict.detected", Guid.NewGuid(), Guid.NewGuid(), "{}",
            new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

        await repository.EnqueueAsync(delivery, CancellationToken.None);
        await repository.EnqueueAsync(delivery, CancellationToken.None);
        var pending = await repository.PendingAsync(CancellationToken.None);

        Assert.Equal(delivery, Assert.Single(pending));
    }
}
