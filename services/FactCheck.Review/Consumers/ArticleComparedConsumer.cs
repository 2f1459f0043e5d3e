using FactCheck.Contracts;
using FactCheck.Review.Data;
using MassTransit;

namespace FactCheck.Review.Consumers;

public sealed class ArticleComparedConsumer(StoryViewRepository views, TimeProvider clock) : IConsumer<ArticleCompared>
{
    public async Task Consume(ConsumeContext<ArticleCompared> context) =>
        await views.ApplyAsync(context.Message, clock.GetUtcNow(), context.CancellationToken);
}
