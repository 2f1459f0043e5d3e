using System.Text.Json;
using FactCheck.Platform.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FactCheck.Platform.Health;

public static class HealthRegistration
{
    /// <summary>Tag of the checks <c>/health/ready</c> runs: every service database here, and the bus (MassTransit tags its own check).</summary>
    public const string Ready = "ready";

    public static IServiceCollection AddFactCheckHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [Ready]);
        return services;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers (no dependencies, so a broker outage does not get it restarted);
    /// <c>/health/ready</c>: databases and broker reachable, 503 with the failing check named otherwise.
    /// </summary>
    public static IEndpointRouteBuilder MapFactCheckHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description ?? e.Value.Exception?.Message,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        }));
    }
}

/// <summary>Opens each service database of this process and runs <c>SELECT 1</c>.</summary>
public sealed class DatabaseHealthCheck(IServiceProvider services, IEnumerable<ModuleMigrations> modules) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var failed = new List<string>();
        foreach (var schema in modules.Select(m => m.Schema).Distinct())
        {
            try
            {
                await using var connection = await services.GetRequiredKeyedService<ModuleDatabase>(schema).OpenAsync(ct);
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT 1";
                await command.ExecuteScalarAsync(ct);
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or IOException or TimeoutException)
            {
                failed.Add($"{schema}: {ex.Message}");
            }
        }

        return failed.Count == 0
            ? HealthCheckResult.Healthy($"{modules.Count()} database(s) answer")
            : new HealthCheckResult(context.Registration.FailureStatus, string.Join("; ", failed));
    }
}
