using FactCheck.Comparison.Editing;
using FactCheck.Contracts;
using MassTransit;

namespace FactCheck.Comparison.Consumers;

/// <summary>
/// Carries out the merges and moves editors ask for on the review desk. The desk checks the request against
/// its read model first; one that comparison still refuses (a race with another edit) faults and is parked
/// in the error queue, having changed nothing.
/// </summary>
public sealed class StoryEditRequestedConsumer(StoryEditor editor) : IConsumer<StoryMergeRequested>, IConsumer<ArticleMoveRequested>
{
    public async Task Consume(ConsumeContext<StoryMergeRequested> context)
    {
        var request = context.Message;
        var edit = await editor.MergeAsync(request.StoryId, request.IntoStoryId, request.RequestedBy, context.CancellationToken);
        await edit.PublishAsync(context, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<ArticleMoveRequested> context)
    {
        var request = context.Message;
        var edit = await editor.MoveAsync(request.ArticleId, request.StoryId, request.NewStory, request.RequestedBy, context.CancellationToken);
        await edit.PublishAsync(context, context.CancellationToken);
    }
}
