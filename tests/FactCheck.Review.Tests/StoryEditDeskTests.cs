using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using static FactCheck.Tests.StoryArticles;

namespace FactCheck.Review.Tests;

/// <summary>Merging stories and moving articles from the desk's story page, over plain HTTP with the page's antiforgery token.</summary>
public sealed partial class StoryEditDeskTests
{
    [Fact]
    public async Task Should_merge_a_story_into_another_when_an_editor_submits_the_merge_form()
    {
        await using var desk = await DeskApp.StartAsync();
        await PostAsync(desk, "a1", Astana, 340_000);
        await PostAsync(desk, "b1", Moscow, 300_000);
        var stories = await StoriesWhenAsync(desk, s => s.Count == 2);
        var (astana, moscow) = (IdOf(stories, "a1"), IdOf(stories, "b1"));

        var response = await SubmitAsync(desk, moscow, "merge", new() { ["into"] = astana.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/desk/stories/{astana}", response.Headers.Location?.OriginalString);
        var merged = Assert.Single(await StoriesWhenAsync(desk, s => s.Count == 1));
        Assert.Equal(2, merged.GetProperty("articles").GetArrayLength());
        var old = await desk.Http.GetAsync($"/desk/stories/{moscow}");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/desk/stories/{astana}", old.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Should_move_an_article_to_a_new_story_when_an_editor_submits_the_move_form()
    {
        await using var desk = await DeskApp.StartAsync();
        await PostAsync(desk, "a1", Astana, 340_000);
        var stray = await PostAsync(desk, "a2", Astana, 300_000);
        var story = IdOf(await StoriesWhenAsync(desk, s => s.Count == 1 && s[0].GetProperty("articles").GetArrayLength() == 2), "a1");

        var response = await SubmitAsync(desk, story, "move", new() { ["articleId"] = stray.ToString(), ["to"] = "new" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await StoriesWhenAsync(desk, s => s.Count == 2);
        Assert.All(after, s => Assert.Equal(1, s.GetProperty("articles").GetArrayLength()));
        Assert.Contains("a new story", await desk.Http.GetStringAsync($"/desk/stories/{story}"));
    }

    [Fact]
    public async Task Should_refuse_a_merge_posted_without_the_antiforgery_token()
    {
        await using var desk = await DeskApp.StartAsync();

        var response = await desk.Http.PostAsync($"/desk/stories/{Guid.NewGuid()}/edit/merge",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["into"] = Guid.NewGuid().ToString() }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Should_say_why_when_an_editor_merges_a_story_into_itself()
    {
        await using var desk = await DeskApp.StartAsync();
        await PostAsync(desk, "a1", Astana, 340_000);
        await PostAsync(desk, "b1", Moscow, 300_000);
        var astana = IdOf(await StoriesWhenAsync(desk, s => s.Count == 2), "a1");

        var response = await SubmitAsync(desk, astana, "merge", new() { ["into"] = astana.ToString() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose another story", await response.Content.ReadAsStringAsync());
        Assert.Equal(2, (await StoriesWhenAsync(desk, s => s.Count == 2)).Count);
    }

    private static async Task<HttpResponseMessage> SubmitAsync(DeskApp desk, Guid storyId, string action, Dictionary<string, string> form)
    {
        var page = await desk.Http.GetStringAsync($"/desk/stories/{storyId}");
        form["__RequestVerificationToken"] = TokenField().Match(page).Groups[1].Value;
        return await desk.Http.PostAsync($"/desk/stories/{storyId}/edit/{action}", new FormUrlEncodedContent(form));
    }

    private static async Task<Guid> PostAsync(DeskApp desk, string doc, string text, double deaths)
    {
        var article = Article(doc, text, deaths, TalksDay);
        var response = await desk.Http.PostAsJsonAsync("/api/articles", new { outlet = doc, doc, body = article.Text, publishedAt = TalksDay });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<IReadOnlyList<JsonElement>> StoriesWhenAsync(DeskApp desk, Func<IReadOnlyList<JsonElement>, bool> ready)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var stories = (await desk.Http.GetFromJsonAsync<JsonElement>("/api/stories")).GetProperty("stories").EnumerateArray().ToList();
            if (ready(stories))
                return stories;
            await Task.Delay(50);
        }

        throw new TimeoutException("The stories did not reach the expected state within 60 s.");
    }

    private static Guid IdOf(IReadOnlyList<JsonElement> stories, string doc) =>
        stories.Single(s => s.GetProperty("articles").EnumerateArray().Any(a => a.GetProperty("doc").GetString() == doc)).GetProperty("id").GetGuid();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
