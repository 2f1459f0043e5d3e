using FactCheck.Platform.Data;
using FactCheck.Platform.Messaging;
using FactCheck.Platform.Security;
using FactCheck.Review.Consumers;
using FactCheck.Review.Data;
using FactCheck.Review.Desk;
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
        builder.Services.AddSingleton<DeskRepository>();
        builder.Services.AddScoped<ConflictDesk>();
        builder.Services.AddBusConsumer<ArticleComparedConsumer>();
        builder.Services.AddBusConsumer<ClaimsForDeskConsumer>();
        builder.Services.AddBusConsumer<StoryRevisedConsumer>();
        return builder;
    }

    /// <summary>
    /// The review desk's server-rendered pages (this library's Razor Pages, plus those of <paramref name="more"/>
    /// such as the subscription pages of Alerts) and the editor sign-in; only web hosts call this.
    /// </summary>
    public static IServiceCollection AddReviewDesk(this IServiceCollection services, params System.Reflection.Assembly[] more)
    {
        services.AddEditorDesk();
        var pages = services.AddRazorPages().AddApplicationPart(typeof(ReviewModule).Assembly);
        foreach (var assembly in more)
            pages.AddApplicationPart(assembly);
        return services;
    }
}
