using FactCheck.Alerts.Subscriptions;
using FactCheck.Contracts;
using MassTransit;

namespace FactCheck.Alerts.Consumers;

public sealed class ConflictResolvedConsumer(AlertFanOut alerts) : IConsumer<ConflictResolved>
{
    public Task Consume(ConsumeContext<ConflictResolved> context) => alerts.ResolvedAsync(context.Message, context.CancellationToken);
}
