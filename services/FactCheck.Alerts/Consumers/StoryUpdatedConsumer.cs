using FactCheck.Alerts.Subscriptions;
using FactCheck.Contracts;
using MassTransit;

namespace FactCheck.Alerts.Consumers;

/// <summary>Every comparison changes its story: subscribers that asked for <c>story.updated</c> hear of it.</summary>
public sealed class StoryUpdatedConsumer(AlertFanOut alerts, TimeProvider clock) : IConsumer<ArticleCompared>
{
    public Task Consume(ConsumeContext<ArticleCompared> context) =>
        alerts.StoryUpdatedAsync(context.Message, clock.GetUtcNow(), context.CancellationToken);
}
