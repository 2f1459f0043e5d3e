using FactCheck.Alerts.Consumers;
using FactCheck.Alerts.Data;
using FactCheck.Alerts.Subscriptions;
using FactCheck.Alerts.Webhooks;
using FactCheck.Platform.Data;
using FactCheck.Platform.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Alerts;

public static class AlertsModule
{
    public const string Schema = "alerts";

    /// <summary>Alerts: subscriptions, and every conflict event delivered to them as a signed webhook.</summary>
    public static IHostApplicationBuilder AddAlerts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AlertsOptions>()
            .BindConfiguration(AlertsOptions.Section)
            .Validate(o => o.MaxAttempts > 0 && o.FirstRetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.FirstRetryDelay,
                "Alerts:MaxAttempts must be positive and Alerts:FirstRetryDelay no longer than Alerts:MaxRetryDelay.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero, "Alerts:RequestTimeout and Alerts:PollInterval must be positive.")
            .Validate(o => o.BreakerMinimumThroughput >= 2, "Alerts:BreakerMinimumThroughput must be at least 2.")
            .ValidateOnStart();
        builder.Services.AddModuleDatabase(Schema, typeof(AlertsModule).Assembly);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            return new SecretProtector(() => SecretProtector.LoadKey(
                sp.GetRequiredService<IOptions<AlertsOptions>>().Value.SecretKey,
                database.Provider == DatabaseProvider.Sqlite ? database.DataDirectory : null));
        });
        builder.Services.AddSingleton<DeliveryRepository>();
        builder.Services.AddSingleton<SubscriptionRepository>();
        builder.Services.AddSingleton<AlertFanOut>();
        builder.Services.AddSingleton<SubscriptionService>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => SsrfGuard.CreateHandler(sp.GetRequiredService<IOptions<AlertsOptions>>().Value.AllowedHosts));
        builder.Services.AddSingleton<DeliveryWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());
        builder.Services.AddBusConsumer<ConflictDetectedConsumer>();
        builder.Services.AddBusConsumer<ConflictResolvedConsumer>();
        builder.Services.AddBusConsumer<StoryUpdatedConsumer>();
        builder.Services.AddBusConsumer<StoryRevisionAlertConsumer>();
        return builder;
    }
}
