using FactCheck.Alerts.Subscriptions;
using FactCheck.Contracts;
using MassTransit;

namespace FactCheck.Alerts.Consumers;

public sealed class ConflictDetectedConsumer(AlertFanOut alerts) : IConsumer<ConflictDetected>
{
    public Task Consume(ConsumeContext<ConflictDetected> context) => alerts.DetectedAsync(context.Message, context.CancellationToken);
}
