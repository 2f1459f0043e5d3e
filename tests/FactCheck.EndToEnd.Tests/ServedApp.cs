using FactCheck.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.EndToEnd.Tests;

/// <summary>`factcheck serve` on real Kestrel (loopback, free port), in-memory bus and a throw-away SQLite folder.</summary>
public sealed class ServedApp : IAsyncDisposable
{
    private ServedApp(WebApplication app, string data)
    {
        App = app;
        Data = data;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public WebApplication App { get; }

    public string Data { get; }

    public HttpClient Http { get; }

    /// <summary>Starts the app with extra <c>--Key=value</c> settings; <paramref name="map"/> may add test-only endpoints.</summary>
    public static async Task<ServedApp> StartAsync(IEnumerable<string>? settings = null, Action<WebApplication>? map = null, string? data = null)
    {
        data ??= Directory.CreateTempSubdirectory("factcheck-e2e-").FullName;
        var app = ServeApp.Build([$"--Database:DataDirectory={data}", "--Logging:LogLevel:Default=Warning", .. settings ?? []], urls: "http://127.0.0.1:0");
        map?.Invoke(app);
        await app.StartAsync();
        return new ServedApp(app, data);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Data, recursive: true);
    }
}
