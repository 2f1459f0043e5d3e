using FactCheck.Platform.Hosting;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Intake.Tests;

/// <summary>The intake module over a real SQLite folder, publishing into MassTransit's in-memory test harness.</summary>
internal static class IntakeHost
{
    public static async Task<IHost> StartAsync(string dataDirectory, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:DataDirectory"] = dataDirectory,
            ["Intake:OutboxPollSeconds"] = "1",
        });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.AddFactCheckDefaults("intake-tests");
        builder.AddIntake();
        builder.Services.AddMassTransitTestHarness();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static async Task<IntakeResult> SubmitAsync(this IHost host, ArticleSubmission submission)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArticleIntake>().SubmitAsync(submission, CancellationToken.None);
    }
}
