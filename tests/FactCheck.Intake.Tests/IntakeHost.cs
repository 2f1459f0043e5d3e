using FactCheck.Platform.Hosting;
using MassTransit;
using MassTransit.Testing;
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

    /// <summary>
    /// Waits up to 30 s for a matching publish. The harness's own <c>Any</c> gives up after a short
    /// inactivity, which a busy shared machine can exceed between commit and dispatch.
    /// </summary>
    public static async Task<bool> PublishedAsync<T>(this IHost host, Func<T, bool>? match = null)
        where T : class
    {
        var harness = host.Services.GetRequiredService<ITestHarness>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (harness.Published.Select<T>().Any(m => match?.Invoke(m.Context.Message) ?? true))
                return true;
            await Task.Delay(20);
        }

        return false;
    }
}
