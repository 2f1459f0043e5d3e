using FactCheck.Intake.Feeds;
using FactCheck.Intake.Outbox;
using FactCheck.Platform.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Intake;

public static class IntakeModule
{
    public const string Schema = "intake";

    /// <summary>Article intake: cleaning, dedupe, storage and <c>ArticleAccepted</c>.</summary>
    public static IHostApplicationBuilder AddIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IntakeOptions>()
            .BindConfiguration(IntakeOptions.Section)
            .Validate(o => o.MaxBodyBytes > 0, "Intake:MaxBodyBytes must be positive.")
            .Validate(o => o.MaxBatchCount > 0 && o.MaxBatchBytes > 0, "Intake:MaxBatchCount and Intake:MaxBatchBytes must be positive.")
            .Validate(o => o.OutboxPollSeconds > 0 && o.OutboxPublishTimeoutSeconds > 0, "Intake:OutboxPollSeconds and Intake:OutboxPublishTimeoutSeconds must be positive.")
            .ValidateOnStart();
        builder.Services.AddModuleDatabase(Schema, typeof(IntakeModule).Assembly);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Data.ArticleRepository>();
        builder.Services.AddSingleton<OutboxRepository>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddHostedService<OutboxDispatcher>();
        builder.Services.AddScoped<ArticleIntake>();

        builder.Services.AddOptions<FeedOptions>()
            .BindConfiguration(FeedOptions.Section)
            .Validate(o => o.Sources.All(s => Uri.TryCreate(s.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"), "Intake:Feeds:Sources:N:Url must be absolute http(s) addresses.")
            .Validate(o => o.PollSeconds > 0 && o.FetchTimeoutSeconds > 0 && o.RetryAttempts >= 0 && o.BreakerMinimumThroughput >= 2 && o.BreakSeconds > 0 && o.MaxResponseBytes > 0,
                "Intake:Feeds: PollSeconds, FetchTimeoutSeconds, BreakSeconds and MaxResponseBytes must be positive, RetryAttempts not negative, BreakerMinimumThroughput at least 2.")
            .ValidateOnStart();
        builder.Services.AddHttpClient(PageFetcher.ClientName, client => client.DefaultRequestHeaders.UserAgent.ParseAdd("FactCheck-Intake/1.0"))
            .ConfigurePrimaryHttpMessageHandler(sp => OutboundAddresses.Handler(sp.GetRequiredService<IOptions<FeedOptions>>().Value.AllowPrivateAddresses));
        builder.Services.AddSingleton<PageFetcher>();
        builder.Services.AddSingleton<FeedRepository>();
        builder.Services.AddSingleton<FeedPoller>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
        return builder;
    }
}
