using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FactCheck.Host;
using FactCheck.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.EndToEnd.Tests;

/// <summary>POST /api/drafts/check on real Kestrel against the stories of the sample cluster.</summary>
public sealed class DraftCheckApiTests : IAsyncLifetime
{
    private const string Draft = """
        Syria peace talks backed by Russia, Iran and Turkey opened in Kazakhstan's capital Astana on Thursday.
        The sixth round of talks comes after Russian leader Vladimir Putin ordered a partial withdrawal of Russian forces.
        UN envoy Staffan de Mistura will meet Russian Foreign Minister Sergei Lavrov in Moscow.
        The war has left more than 340,000 people dead, according to the Syrian Observatory for Human Rights.
        """;

    private readonly string _data = Directory.CreateTempSubdirectory("factcheck-drafts-").FullName;
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _app = ServeApp.Build([$"--Database:DataDirectory={_data}", "--Logging:LogLevel:Default=Warning"], urls: "http://127.0.0.1:0");
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
        foreach (var file in Directory.EnumerateFiles(Samples.Folder("astana-talks"), "*.txt"))
            await _http.PostAsJsonAsync("/api/articles", new { outlet = Path.GetFileNameWithoutExtension(file), body = await File.ReadAllTextAsync(file) });
        await ArticleCountAsync(expected: 5);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Should_return_the_round_conflict_a_draft_would_raise_without_storing_it()
    {
        var response = await _http.PostAsJsonAsync("/api/drafts/check", new { title = "Syria talks resume in Astana", text = Draft, outlet = "Our desk" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var verdict = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(JsonValueKind.Null, verdict.GetProperty("storyId").ValueKind);
        var round = verdict.GetProperty("conflicts").EnumerateArray().Single(c => c.GetProperty("slot").GetString() == "round");
        Assert.Contains(round.GetProperty("sides").EnumerateArray(), s =>
            s.GetProperty("display").GetString() == "sixth" && s.GetProperty("sources").EnumerateArray().Any(x => x.GetProperty("outlet").GetString() == "Our desk"));
        Assert.DoesNotContain(verdict.GetProperty("conflicts").EnumerateArray(), c => c.GetProperty("slot").GetString() == "delegation.size");
        Assert.Equal(5, await ArticleCountAsync(expected: 5));
    }

    [Fact]
    public async Task Should_answer_a_problem_document_when_the_draft_is_empty()
    {
        var response = await _http.PostAsJsonAsync("/api/drafts/check", new { text = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("empty", problem.GetProperty("detail").GetString());
    }

    private async Task<int> ArticleCountAsync(int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var json = await _http.GetFromJsonAsync<JsonElement>("/api/stories");
            var count = json.GetProperty("stories").EnumerateArray().Sum(s => s.GetProperty("articles").GetArrayLength());
            if (count >= expected || DateTime.UtcNow > deadline)
                return count;
            await Task.Delay(50);
        }
    }
}
