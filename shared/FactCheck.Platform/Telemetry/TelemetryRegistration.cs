using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FactCheck.Platform.Telemetry;

public static class TelemetryRegistration
{
    private static readonly string[] Sources = [FactCheckTelemetry.Name, "MassTransit", "Microsoft.AspNetCore", "System.Net.Http", "Npgsql"];

    private static readonly string[] Meters =
        [FactCheckTelemetry.Name, "MassTransit", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "System.Runtime", "Npgsql"];

    /// <summary>
    /// Traces and metrics from the project and the libraries it uses, exported over OTLP only when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads the standard OTEL_* variables).
    /// </summary>
    public static IServiceCollection AddFactCheckTelemetry(this IServiceCollection services, string serviceName)
    {
        services.TryAddSingleton<OpsCounters>();
        services.AddHostedService<OpsCountersStart>();
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT")))
            return services;

        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);
        services.AddSingleton(Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(Sources)
            .AddOtlpExporter()
            .Build());
        services.AddSingleton(Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(Meters)
            .AddOtlpExporter()
            .Build());
        return services;
    }
}

/// <summary>Creates the in-process counters at start, so <c>/ops</c> shows what happened before anyone looked.</summary>
internal sealed class OpsCountersStart(OpsCounters counters) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => Task.FromResult(counters);

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
