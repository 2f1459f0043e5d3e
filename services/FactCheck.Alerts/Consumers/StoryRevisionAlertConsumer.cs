using FactCheck.Alerts.Subscriptions;
using FactCheck.Contracts;
using MassTransit;

namespace FactCheck.Alerts.Consumers;

/// <summary>An editor's merge or move changes stories: subscribers that asked for <c>story.updated</c> hear of it.</summary>
public sealed class StoryRevisionAlertConsumer(AlertFanOut alerts) : IConsumer<StoryRevised>
{
    public Task Consume(ConsumeContext<StoryRevised> context) => alerts.StoryRevisedAsync(context.Message, context.CancellationToken);
}
