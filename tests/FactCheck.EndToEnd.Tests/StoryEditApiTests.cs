using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FactCheck.Platform.Security;
using FactCheck.Tests;
using Microsoft.Extensions.DependencyInjection;
using static FactCheck.Tests.StoryArticles;

namespace FactCheck.EndToEnd.Tests;

/// <summary>Merging stories and moving articles on real Kestrel, through the whole in-process pipeline.</summary>
public sealed class StoryEditApiTests : IAsyncLifetime
{
    private ServedApp _served = null!;

    public async Task InitializeAsync() => _served = await ServedApp.StartAsync();

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task Should_show_one_story_when_a_later_article_proves_two_stories_one_event()
    {
        await PostAsync("a1", Astana, 340_000);
        await PostAsync("b1", Moscow, 300_000);
        var before = await StoriesWhenAsync(s => s.Count == 2 && Articles(s) == 2);

        await PostAsync("c1", Bridge, 340_000);

        var after = await StoriesWhenAsync(s => Articles(s) == 3 && s.Count == 1);
        var story = Assert.Single(after);
        Assert.Equal(["a1", "b1", "c1"], Docs(story).Order());
        Assert.Contains(story.GetProperty("conflicts").EnumerateArray(), c => c.GetProperty("slot").GetString() == "deaths");
        // The older story absorbs the other; extraction runs several articles at once, so a1 and b1 may reach comparison
        // in either order, and either story can be the older.
        var kept = story.GetProperty("id").GetGuid();
        var mergedAway = Assert.Single(before.Select(s => s.GetProperty("id").GetGuid()), id => id != kept);
        using var client = NoRedirects();
        var redirect = await client.GetAsync($"/api/stories/{mergedAway}");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal($"/api/stories/{kept}", redirect.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Should_merge_a_story_into_another_when_an_editor_asks_over_http()
    {
        await PostAsync("a1", Astana, 340_000);
        await PostAsync("b1", Moscow, 300_000);
        var (astana, moscow) = await TwoStoriesAsync();

        var response = await _served.Http.PostAsJsonAsync($"/api/stories/{moscow}/merge", new { into = astana });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await StoriesWhenAsync(s => s.Count == 1 && s[0].GetProperty("conflicts").GetArrayLength() > 0);
        Assert.Equal(astana, Assert.Single(after).GetProperty("id").GetGuid());
        Assert.Equal(["a1", "b1"], Docs(after[0]).Order());
        Assert.Single(after[0].GetProperty("conflicts").EnumerateArray());
        var followed = await _served.Http.GetFromJsonAsync<JsonElement>($"/api/stories/{moscow}");
        Assert.Equal(astana, followed.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Should_move_an_article_to_a_new_story_and_drop_its_conflict_from_the_old_one()
    {
        await PostAsync("a1", Astana, 340_000);
        var stray = await PostAsync("a2", Astana, 300_000);
        await StoriesWhenAsync(s => s.Count == 1 && s[0].GetProperty("conflicts").GetArrayLength() == 1);

        var response = await _served.Http.PostAsJsonAsync($"/api/articles/{stray}/move", new { newStory = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await StoriesWhenAsync(s => s.Count == 2 && s.All(x => x.GetProperty("articles").GetArrayLength() == 1));
        Assert.All(after, s => Assert.Empty(s.GetProperty("conflicts").EnumerateArray()));
        Assert.Equal(["a2"], Docs(after.Single(s => Docs(s).Contains("a2"))));
    }

    [Theory]
    [InlineData("self", 400, "itself")]
    [InlineData("unknown-into", 404, "No story has the id")]
    [InlineData("no-body", 400, "into")]
    [InlineData("into-merged", 409, "was itself merged into")]
    [InlineData("move-unknown", 404, "No article has the id")]
    [InlineData("move-both", 400, "either")]
    [InlineData("move-into-merged", 409, "move the article to")]
    public async Task Should_answer_a_problem_document_when_an_edit_cannot_be_done(string what, int status, string detail)
    {
        var article = await PostAsync("a1", Astana, 340_000);
        await PostAsync("b1", Moscow, 300_000);
        await PostAsync("q1", Quake, 300_000);
        var (astana, moscow) = await TwoStoriesAsync();
        var quake = (await StoriesWhenAsync(s => s.Count == 3)).Single(s => Docs(s).Contains("q1")).GetProperty("id").GetGuid();
        await _served.Http.PostAsJsonAsync($"/api/stories/{moscow}/merge", new { into = astana });

        var response = what switch
        {
            "self" => await _served.Http.PostAsJsonAsync($"/api/stories/{quake}/merge", new { into = quake }),
            "unknown-into" => await _served.Http.PostAsJsonAsync($"/api/stories/{quake}/merge", new { into = Guid.NewGuid() }),
            "no-body" => await _served.Http.PostAsJsonAsync($"/api/stories/{quake}/merge", new { }),
            "into-merged" => await _served.Http.PostAsJsonAsync($"/api/stories/{quake}/merge", new { into = moscow }),
            "move-unknown" => await _served.Http.PostAsJsonAsync($"/api/articles/{Guid.NewGuid()}/move", new { newStory = true }),
            "move-both" => await _served.Http.PostAsJsonAsync($"/api/articles/{article}/move", new { story = quake, newStory = true }),
            _ => await _served.Http.PostAsJsonAsync($"/api/articles/{article}/move", new { story = moscow }),
        };

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(2, (await StoriesWhenAsync(s => s.Count == 2)).Count);
    }

    [Fact]
    public async Task Should_refuse_a_merge_with_403_when_the_key_is_below_editor()
    {
        var store = _served.App.Services.GetRequiredService<ApiKeyStore>();
        var (_, ingest) = await store.CreateAsync(ApiKeyRoles.Ingest, "wire-bot", CancellationToken.None);
        var (_, editor) = await store.CreateAsync(ApiKeyRoles.Editor, "desk", CancellationToken.None);
        using var refused = new HttpRequestMessage(HttpMethod.Post, $"/api/stories/{Guid.NewGuid()}/merge") { Content = JsonContent.Create(new { into = Guid.NewGuid() }) };
        refused.Headers.Add("X-Api-Key", ingest);
        using var allowed = new HttpRequestMessage(HttpMethod.Post, $"/api/stories/{Guid.NewGuid()}/merge") { Content = JsonContent.Create(new { into = Guid.NewGuid() }) };
        allowed.Headers.Add("X-Api-Key", editor);

        var forbidden = await _served.Http.SendAsync(refused);
        var unknown = await _served.Http.SendAsync(allowed);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<Guid> PostAsync(string doc, string text, double deaths)
    {
        var article = Article(doc, text, deaths, TalksDay);
        var response = await _served.Http.PostAsJsonAsync("/api/articles", new { outlet = doc, doc, body = article.Text, publishedAt = TalksDay });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<(Guid Astana, Guid Moscow)> TwoStoriesAsync()
    {
        var stories = await StoriesWhenAsync(s => s.Count >= 2 && s.Any(x => Docs(x).Contains("a1")) && s.Any(x => Docs(x).Contains("b1")));
        return (stories.Single(s => Docs(s).Contains("a1")).GetProperty("id").GetGuid(), stories.Single(s => Docs(s).Contains("b1")).GetProperty("id").GetGuid());
    }

    private async Task<IReadOnlyList<JsonElement>> StoriesWhenAsync(Func<IReadOnlyList<JsonElement>, bool> ready) =>
        await Eventually.PollAsync(async () =>
        {
            var json = await _served.Http.GetFromJsonAsync<JsonElement>("/api/stories");
            var stories = json.GetProperty("stories").EnumerateArray().ToList();
            return ready(stories) ? stories : null;
        });

    private HttpClient NoRedirects() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _served.Http.BaseAddress };

    private static int Articles(IReadOnlyList<JsonElement> stories) => stories.Sum(s => s.GetProperty("articles").GetArrayLength());

    private static List<string> Docs(JsonElement story) =>
        story.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("doc").GetString()!).ToList();
}
