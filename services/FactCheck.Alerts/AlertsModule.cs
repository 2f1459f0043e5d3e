using FactCheck.Alerts.Consumers;
using FactCheck.Alerts.Data;
using FactCheck.Platform.Data;
using FactCheck.Platform.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Alerts;

public static class AlertsModule
{
    public const string Schema = "alerts";

    /// <summary>Alerts: every conflict event recorded for delivery to subscribed editors.</summary>
    public static IHostApplicationBuilder AddAlerts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddModuleDatabase(Schema, typeof(AlertsModule).Assembly);
        builder.Services.AddSingleton<DeliveryRepository>();
        builder.Services.AddBusConsumer<ConflictDetectedConsumer>();
        builder.Services.AddBusConsumer<ConflictResolvedConsumer>();
        return builder;
    }
}
