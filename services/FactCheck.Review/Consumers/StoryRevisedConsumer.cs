using FactCheck.Contracts;
using FactCheck.Review.Data;
using MassTransit;

namespace FactCheck.Review.Consumers;

/// <summary>An editor merged stories or moved an article: the read model follows.</summary>
public sealed class StoryRevisedConsumer(StoryViewRepository views, TimeProvider clock) : IConsumer<StoryRevised>
{
    public Task Consume(ConsumeContext<StoryRevised> context) => views.ApplyAsync(context.Message, clock.GetUtcNow(), context.CancellationToken);
}
