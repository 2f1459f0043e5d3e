using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FactCheck.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Review.Tests;

/// <summary>The desk's pages over plain HTTP: encoding, antiforgery and who may act.</summary>
public sealed class ReviewDeskPageTests
{
    private const string Script = "<script>alert('owned')</script>";

    [Fact]
    public async Task Should_encode_article_text_when_an_article_carries_a_script()
    {
        await using var desk = await DeskApp.StartAsync();
        await desk.Http.PostAsJsonAsync("/api/articles", new
        {
            outlet = "Evil " + Script, title = "Storm " + Script, format = "text",
            body = $"The storm killed at least 12 people in the coastal province on Monday, officials said. {Script} Rescue teams were still searching.",
        });
        var story = await desk.WaitForStoryAsync(articles: 1);

        var list = await desk.Http.GetStringAsync("/desk");
        var page = await desk.Http.GetStringAsync($"/desk/stories/{story.GetProperty("id").GetGuid()}");

        Assert.DoesNotContain(Script, list);
        Assert.DoesNotContain(Script, page);
        Assert.Contains("&lt;script&gt;", page);
    }

    [Fact]
    public async Task Should_refuse_a_decision_posted_without_the_antiforgery_token()
    {
        await using var desk = await DeskApp.StartAsync();

        var response = await desk.Http.PostAsync($"/desk/stories/{Guid.NewGuid()}/conflicts/{Guid.NewGuid()}/decision",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = "dismissed" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Should_send_visitors_to_sign_in_before_they_see_subscriptions_once_keys_exist()
    {
        await using var desk = await DeskApp.StartAsync();
        await desk.App.Services.GetRequiredService<ApiKeyStore>().CreateAsync(ApiKeyRoles.Editor, null, CancellationToken.None);

        var response = await desk.Http.GetAsync("/desk/subscriptions");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/desk/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Should_refuse_an_api_decision_without_an_editor_key_once_keys_exist()
    {
        await using var desk = await DeskApp.StartAsync();
        var keys = desk.App.Services.GetRequiredService<ApiKeyStore>();
        var (_, ingest) = await keys.CreateAsync(ApiKeyRoles.Ingest, null, CancellationToken.None);
        var url = $"/api/stories/{Guid.NewGuid()}/conflicts/{Guid.NewGuid()}/decision";

        var anonymous = await desk.Http.PostAsJsonAsync(url, new { decision = "dismissed" });
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { decision = "dismissed" }) };
        request.Headers.Add(ApiKeys.HeaderName, ingest);
        var ingestOnly = await desk.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ingestOnly.StatusCode);
    }

    [Fact]
    public async Task Should_record_a_decision_over_the_api_and_announce_it_to_subscribers()
    {
        await using var desk = await DeskApp.StartAsync();
        await desk.SubmitSampleAsync("astana-talks");
        var story = await desk.WaitForStoryAsync(articles: 5);
        var storyId = story.GetProperty("id").GetGuid();
        var conflictId = story.GetProperty("conflicts")[0].GetProperty("id").GetGuid();

        var response = await desk.Http.PostAsJsonAsync($"/api/stories/{storyId}/conflicts/{conflictId}/decision", new { decision = "confirmed", note = "real disagreement" });
        var again = await desk.Http.PostAsJsonAsync($"/api/stories/{storyId}/conflicts/{conflictId}/decision", new { decision = "dismissed" });
        var decisions = (await desk.Http.GetFromJsonAsync<JsonElement>($"/api/stories/{storyId}/decisions")).GetProperty("decisions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("confirmed", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("verdict").GetString());
        Assert.Equal(1, decisions.GetArrayLength());
        Assert.Equal("real disagreement", decisions[0].GetProperty("note").GetString());
    }

    [Fact]
    public async Task Should_answer_an_unknown_decision_with_a_problem()
    {
        await using var desk = await DeskApp.StartAsync();

        var response = await desk.Http.PostAsJsonAsync($"/api/stories/{Guid.NewGuid()}/conflicts/{Guid.NewGuid()}/decision", new { decision = "maybe" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("confirmed or dismissed", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
