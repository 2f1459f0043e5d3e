using FactCheck.Platform.Data;
using FactCheck.Platform.Messaging;
using FactCheck.Platform.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Platform.Hosting;

public static class PlatformRegistration
{
    /// <summary>
    /// What every role needs before its services are added: validated options, the migrator (started
    /// first, so tables exist before any consumer runs) and telemetry.
    /// </summary>
    public static IHostApplicationBuilder AddFactCheckDefaults(this IHostApplicationBuilder builder, string serviceName = "factcheck")
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Validate(o => o.Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required when Database:Provider is Postgres.")
            .Validate(o => o.Provider != DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(o.DataDirectory),
                "Database:DataDirectory is required when Database:Provider is Sqlite.")
            .ValidateOnStart();
        builder.Services.AddOptions<BusOptions>()
            .BindConfiguration(BusOptions.Section)
            .Validate(o => o.Transport != BusTransport.RabbitMq || Uri.TryCreate(o.RabbitMqUri, UriKind.Absolute, out _),
                "Bus:RabbitMqUri must be an absolute amqp:// URI when Bus:Transport is RabbitMq.")
            .Validate(o => o.PrefetchCount > 0 && o.ConcurrentMessageLimit > 0, "Bus:PrefetchCount and Bus:ConcurrentMessageLimit must be positive.")
            .Validate(o => o.RedeliverySeconds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .All(s => int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0),
                "Bus:RedeliverySeconds must be positive whole seconds separated by commas, e.g. 30,120,600.")
            .ValidateOnStart();

        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddHostedService<MigrationsHostedService>();
        builder.Services.AddFactCheckTelemetry(serviceName);
        return builder;
    }
}
