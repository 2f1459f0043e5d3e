using FactCheck.Comparison.Consumers;
using FactCheck.Comparison.Data;
using FactCheck.Comparison.Drafts;
using FactCheck.Comparison.Editing;
using FactCheck.Platform.Data;
using FactCheck.Platform.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Comparison;

public static class ComparisonModule
{
    public const string Schema = "comparison";

    /// <summary>Cross-source comparison: stories, conflicts, <c>ConflictDetected</c> and <c>ArticleCompared</c>.</summary>
    public static IHostApplicationBuilder AddComparison(this IHostApplicationBuilder builder)
    {
        builder.Services.AddModuleDatabase(Schema, typeof(ComparisonModule).Assembly);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StoryRepository>();
        builder.Services.AddSingleton<StoryComparison>();
        builder.Services.AddSingleton<DraftCheck>();
        builder.Services.AddSingleton<StoryEditor>();
        builder.Services.AddBusConsumer<ClaimsExtractedConsumer, ClaimsExtractedConsumerDefinition>();
        builder.Services.AddBusConsumer<StoryEditRequestedConsumer>();
        return builder;
    }
}
