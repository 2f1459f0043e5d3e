using FactCheck.Contracts;
using FactCheck.Platform.Telemetry;
using FactCheck.Review.Data;
using MassTransit;

namespace FactCheck.Review.Consumers;

public sealed class ArticleComparedConsumer(StoryViewRepository views, DeskRepository desk, TimeProvider clock) : IConsumer<ArticleCompared>
{
    public async Task Consume(ConsumeContext<ArticleCompared> context)
    {
        var message = context.Message;

        await views.ApplyAsync(message, clock.GetUtcNow(), context.CancellationToken);

        // Acceptance to visible-to-editors: the latency a newsroom feels.
        if (await desk.AcceptedAtAsync(message.ArticleId, message.Version, context.CancellationToken) is { } acceptedAt)
            FactCheckMetrics.PipelineLatency.Record((clock.GetUtcNow() - acceptedAt).TotalSeconds);
    }
}
