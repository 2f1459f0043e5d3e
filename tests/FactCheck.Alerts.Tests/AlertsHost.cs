using System.Net.Http.Json;
using System.Text.Json;
using FactCheck.Alerts.Endpoints;
using FactCheck.Platform.Hosting;
using FactCheck.Platform.Messaging;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactCheck.Alerts.Tests;

/// <summary>The Alerts module on real Kestrel, the in-memory bus and a throw-away SQLite folder, with fast retries.</summary>
public sealed class AlertsHost : IAsyncDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("factcheck-alerts-").FullName;

    public WebApplication App { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public IBus Bus => App.Services.GetRequiredService<IBus>();

    public static async Task<AlertsHost> StartAsync(params string[] settings)
    {
        var host = new AlertsHost();
        var builder = WebApplication.CreateBuilder([
            $"--Database:DataDirectory={host._data}", "--Alerts:AllowedHosts:0=127.0.0.1", "--Alerts:PollInterval=00:00:00.050",
            "--Alerts:FirstRetryDelay=00:00:00.200", "--Alerts:MaxRetryDelay=00:00:01", "--Alerts:MaxAttempts=4", .. settings]);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.AddFactCheckDefaults("factcheck-alerts-tests");
        builder.AddAlerts();
        builder.Services.AddFactCheckBus(builder.Configuration);
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.UseStatusCodePages();
        app.MapAlertsEndpoints();
        await app.StartAsync();
        host.App = app;
        host.Http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        return host;
    }

    public async Task<JsonElement> SubscribeAsync(object request)
    {
        var response = await Http.PostAsJsonAsync("/api/subscriptions", request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<IReadOnlyList<JsonElement>> DeliveriesAsync(Guid subscriptionId) =>
        (await Http.GetFromJsonAsync<JsonElement>($"/api/subscriptions/{subscriptionId}/deliveries")).GetProperty("deliveries").EnumerateArray().ToList();

    /// <summary>Polls the delivery log until <paramref name="done"/> holds.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForDeliveriesAsync(Guid subscriptionId, Func<IReadOnlyList<JsonElement>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var log = await DeliveriesAsync(subscriptionId);
            if (done(log))
                return log;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The delivery log did not reach the expected state: " + JsonSerializer.Serialize(log));
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
