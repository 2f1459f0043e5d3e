using FactCheck.Contracts;
using FactCheck.Platform.Telemetry;
using FactCheck.Platform.Data;
using MassTransit;
using Microsoft.Extensions.Options;

namespace FactCheck.Comparison.Consumers;

public sealed class ClaimsExtractedConsumer(StoryComparison comparison, TimeProvider clock) : IConsumer<ClaimsExtracted>
{
    public async Task Consume(ConsumeContext<ClaimsExtracted> context)
    {
        using var activity = FactCheckTelemetry.Source.StartActivity("compare article");
        var outcome = await comparison.CompareAsync(context.Message, context.CancellationToken);
        activity?.SetTag("factcheck.story_id", outcome.Story.Id);
        var now = clock.GetUtcNow();

        foreach (var conflict in outcome.Announce)
            FactCheckMetrics.Conflicts.Add(1, FactCheckMetrics.Tags(("kind", conflict.Kind), ("severity", conflict.Severity)));
        foreach (var conflict in outcome.Announce)
            await context.Publish(new ConflictDetected { ConflictId = conflict.Id, StoryId = outcome.Story.Id, StoryTitle = outcome.Story.Title, Conflict = conflict, DetectedAt = now }, context.CancellationToken);
        foreach (var resolved in outcome.Resolved)
            await context.Publish(new ConflictResolved { ConflictId = resolved, StoryId = outcome.Story.Id, Reason = outcome.ResolvedReason, ResolvedAt = now }, context.CancellationToken);
        foreach (var merged in outcome.Merged)
        {
            foreach (var resolved in merged.ResolvedConflicts)
                await context.Publish(new ConflictResolved { ConflictId = resolved, StoryId = merged.StoryId, Reason = merged.Reason, ResolvedAt = now }, context.CancellationToken);
        }

        var article = outcome.Article;
        await context.Publish(new ArticleCompared
        {
            ArticleId = article.ArticleId,
            Version = article.Version,
            StoryId = outcome.Story.Id,
            StoryRevision = outcome.Story.Revision,
            StoryTitle = outcome.Story.Title,
            Doc = article.Doc,
            Outlet = article.Outlet,
            Title = article.Title,
            Url = article.Url,
            PublishedAt = article.PublishedAt,
            VoiceId = outcome.VoiceId,
            ClaimCount = outcome.ClaimCount,
            Conflicts = outcome.Conflicts,
            MergedStoryIds = outcome.Merged.Select(m => m.StoryId).ToList(),
        }, context.CancellationToken);
    }
}

/// <summary>
/// Articles of one story are serialised by the placement lock row and the story's row lock, so on PostgreSQL
/// messages run side by side in any number of processes (the bus-wide limit applies). SQLite has one writer per
/// file, so one at a time. 4 at once (the writes taking turns) gained nothing measurable once checkpoints ran in the
/// background (675–802 vs 746–747 articles/s), and the order articles were placed in then varied more from run to
/// run, and with it, under load, how a cluster was split into stories (`factcheck eval` once found 2 of
/// election-count-valmora's 4 conflicts in a full test run).
/// </summary>
public sealed class ClaimsExtractedConsumerDefinition : ConsumerDefinition<ClaimsExtractedConsumer>
{
    public ClaimsExtractedConsumerDefinition(IOptions<DatabaseOptions> database)
    {
        if (database.Value.Provider == DatabaseProvider.Sqlite)
            ConcurrentMessageLimit = 1;
    }
}
