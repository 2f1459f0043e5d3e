using FactCheck.Contracts;

namespace FactCheck.Alerts.Tests;

public sealed class DeliveryQueueTests
{
    [Fact]
    public async Task Should_deliver_once_when_the_same_conflict_is_announced_twice()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var alerts = await AlertsHost.StartAsync();
        var id = (await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/hook") })).GetProperty("id").GetGuid();
        var first = Conflicts.Detected();

        await alerts.Bus.Publish(first);
        // Comparison re-announces a stored conflict on redelivery, with a later announcement time.
        await alerts.Bus.Publish(first with { DetectedAt = first.DetectedAt.AddMinutes(5) });
        await alerts.Bus.Publish(new ConflictResolved { ConflictId = first.ConflictId, StoryId = first.StoryId, Reason = "corrected", ResolvedAt = DateTimeOffset.UtcNow });

        var log = await alerts.WaitForDeliveriesAsync(id, l => l.Count >= 2 && l.All(d => d.GetProperty("status").GetString() == "delivered"));
        await Task.Delay(300);
        Assert.Equal(2, (await alerts.DeliveriesAsync(id)).Count);
        Assert.Equal(2, (await receiver.WaitForAsync(2)).Count);
    }
}
