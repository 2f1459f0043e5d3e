using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FactCheck.Tests;

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

    private ServedApp _served = null!;

    public async Task InitializeAsync()
    {
        _served = await ServedApp.StartAsync();
        foreach (var file in Directory.EnumerateFiles(Samples.Folder("astana-talks"), "*.txt"))
            await _served.Http.PostAsJsonAsync("/api/articles", new { outlet = Path.GetFileNameWithoutExtension(file), body = await File.ReadAllTextAsync(file) });
        await ArticleCountAsync(expected: 5);
    }

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task Should_return_the_round_conflict_a_draft_would_raise_without_storing_it()
    {
        var response = await _served.Http.PostAsJsonAsync("/api/drafts/check", new { title = "Syria talks resume in Astana", text = Draft, outlet = "Our desk" });

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
        var response = await _served.Http.PostAsJsonAsync("/api/drafts/check", new { text = "  " });

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
            var json = await _served.Http.GetFromJsonAsync<JsonElement>("/api/stories");
            var count = json.GetProperty("stories").EnumerateArray().Sum(s => s.GetProperty("articles").GetArrayLength());
            if (count >= expected || DateTime.UtcNow > deadline)
                return count;
            await Task.Delay(50);
        }
    }
}
