using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using FactCheck.Host;
using FactCheck.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Review.Tests;

/// <summary>`factcheck serve` (every role) on real Kestrel, loopback, in-memory bus and a throw-away SQLite folder.</summary>
public sealed class DeskApp : IAsyncDisposable
{
    private readonly string _data;

    private DeskApp(WebApplication app, string data)
    {
        App = app;
        _data = data;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
    }

    public WebApplication App { get; }

    /// <summary>The SQLite folder this app keeps its databases in.</summary>
    public string DataDirectory => _data;

    public Uri BaseAddress { get; }

    /// <summary>A client that shows redirects instead of following them.</summary>
    public HttpClient Http { get; }

    /// <summary>Webhooks the app sent to its own <c>/test-receiver</c> (loopback is allow-listed for it).</summary>
    public ConcurrentQueue<string> Received { get; private set; } = new();

    public static async Task<DeskApp> StartAsync(params string[] settings)
    {
        var data = Directory.CreateTempSubdirectory("factcheck-desk-").FullName;
        var app = ServeApp.Build(
            [$"--Database:DataDirectory={data}", "--Logging:LogLevel:Default=Warning", "--Alerts:AllowedHosts:0=127.0.0.1", "--Alerts:PollInterval=00:00:00.100", .. settings],
            urls: "http://127.0.0.1:0");
        var received = new ConcurrentQueue<string>();
        app.MapPost("/test-receiver", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            received.Enqueue(await reader.ReadToEndAsync());
            return Results.NoContent();
        });
        await app.StartAsync();
        var desk = new DeskApp(app, data);
        desk.Received = received;
        return desk;
    }

    /// <summary>Posts every article of a sample cluster, as a newsroom's feed would.</summary>
    public async Task SubmitSampleAsync(string cluster)
    {
        foreach (var file in Directory.EnumerateFiles(Samples.Folder(cluster), "*.txt").Order(StringComparer.Ordinal))
        {
            var response = await Http.PostAsJsonAsync("/api/articles", new { outlet = "Outlet " + Path.GetFileName(file)[..3], doc = Path.GetFileName(file), body = await File.ReadAllTextAsync(file) });
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Waits until the read API shows a story with <paramref name="articles"/> articles; returns it.</summary>
    public async Task<JsonElement> WaitForStoryAsync(int articles)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var stories = (await Http.GetFromJsonAsync<JsonElement>("/api/stories")).GetProperty("stories").EnumerateArray().ToList();
            var story = stories.FirstOrDefault(s => s.GetProperty("articles").GetArrayLength() == articles);
            if (story.ValueKind == JsonValueKind.Object)
                return story;
            await Task.Delay(50);
        }

        throw new TimeoutException($"No story reached {articles} articles within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
            Directory.Delete(_data, recursive: true);
    }
}
