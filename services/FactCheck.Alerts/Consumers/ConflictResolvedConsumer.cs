using System.Text.Json;
using FactCheck.Alerts.Data;
using FactCheck.Contracts;
using MassTransit;

namespace FactCheck.Alerts.Consumers;

public sealed class ConflictResolvedConsumer(DeliveryRepository deliveries) : IConsumer<ConflictResolved>
{
    public async Task Consume(ConsumeContext<ConflictResolved> context)
    {
        var message = context.Message;
        var payload = JsonSerializer.Serialize(message);

        await deliveries.EnqueueAsync(new PendingDelivery(
            DeliveryIds.For("conflict.resolved", message.ConflictId, payload), "conflict.resolved",
            message.ConflictId, message.StoryId, payload, message.ResolvedAt), context.CancellationToken);
    }
}
