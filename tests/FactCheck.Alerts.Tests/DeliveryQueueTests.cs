using FactCheck.Alerts.Consumers;
using FactCheck.Alerts.Data;
using FactCheck.Contracts;
using FactCheck.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Alerts.Tests;

public sealed class DeliveryQueueTests
{
    private static ConflictDetected Detected() => new()
    {
        ConflictId = Guid.NewGuid(),
        StoryId = Guid.NewGuid(),
        StoryTitle = "Syria talks",
        Conflict = new Conflict { Kind = "ordinal", Slot = "round", Severity = "high", Summary = "Round: eighth vs sixth" },
        DetectedAt = DateTimeOffset.Parse("2017-12-21T10:00:00Z"),
    };

    [Fact]
    public async Task Should_queue_one_delivery_when_the_same_conflict_arrives_twice()
    {
        await using var host = await ModuleHost.StartAsync(b => b.AddAlerts(), bus => bus.AddConsumer<ConflictDetectedConsumer>());
        var message = Detected();

        await host.Harness.Bus.Publish(message);
        await host.Harness.Bus.Publish(message);

        Assert.Equal(2, await host.Harness.Consumed.SelectAsync<ConflictDetected>().Take(2).CountAsync());
        var pending = await host.Services.GetRequiredService<DeliveryRepository>().PendingAsync(CancellationToken.None);
        var delivery = Assert.Single(pending);
        Assert.Equal("conflict.detected", delivery.EventType);
        Assert.Equal(message.ConflictId, delivery.ConflictId);
    }

    [Fact]
    public async Task Should_queue_a_resolution_apart_from_the_detection()
    {
        await using var host = await ModuleHost.StartAsync(b => b.AddAlerts(), bus =>
        {
            bus.AddConsumer<ConflictDetectedConsumer>();
            bus.AddConsumer<ConflictResolvedConsumer>();
        });
        var detected = Detected();

        await host.Harness.Bus.Publish(detected);
        await host.Harness.Bus.Publish(new ConflictResolved { ConflictId = detected.ConflictId, StoryId = detected.StoryId, Reason = "corrected", ResolvedAt = detected.DetectedAt.AddHours(1) });

        Assert.True(await host.Harness.Consumed.Any<ConflictResolved>());
        var pending = await host.Services.GetRequiredService<DeliveryRepository>().PendingAsync(CancellationToken.None);
        Assert.Equal(["conflict.detected", "conflict.resolved"], pending.Select(d => d.EventType));
    }
}
