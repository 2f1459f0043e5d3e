using System.Text.Json;
using FactCheck.Alerts.Data;
using FactCheck.Contracts;
using MassTransit;

namespace FactCheck.Alerts.Consumers;

public sealed class ConflictDetectedConsumer(DeliveryRepository deliveries) : IConsumer<ConflictDetected>
{
    public async Task Consume(ConsumeContext<ConflictDetected> context)
    {
        var message = context.Message;
        var payload = JsonSerializer.Serialize(message);

        // Keyed by what the conflict says, not when it was announced: comparison re-announces on redelivery.
        await deliveries.EnqueueAsync(new PendingDelivery(
            DeliveryIds.For("conflict.detected", message.ConflictId, JsonSerializer.Serialize(message.Conflict)), "conflict.detected",
            message.ConflictId, message.StoryId, payload, message.DetectedAt), context.CancellationToken);
    }
}
