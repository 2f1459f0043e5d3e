using FactCheck.Platform.Data;
using FactCheck.Platform.Messaging;
using FactCheck.Review.Consumers;
using FactCheck.Review.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Review;

public static class ReviewModule
{
    public const string Schema = "review";

    /// <summary>Review: the read model of stories and conflicts behind the read API and the editor pages.</summary>
    public static IHostApplicationBuilder AddReview(this IHostApplicationBuilder builder)
    {
        builder.Services.AddModuleDatabase(Schema, typeof(ReviewModule).Assembly);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StoryViewRepository>();
        builder.Services.AddBusConsumer<ArticleComparedConsumer>();
        return builder;
    }
}
