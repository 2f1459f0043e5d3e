using FactCheck.Platform.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FactCheck.Review.Tests;

/// <summary>An editor's session in headless Chromium: sample story in over the API, conflicts on the page, one dismissed.</summary>
public sealed class ReviewDeskBrowserTests
{
    [Fact]
    public async Task Should_show_the_sample_conflicts_and_hide_one_once_an_editor_dismisses_it()
    {
        await using var desk = await DeskApp.StartAsync();
        await desk.SubmitSampleAsync("astana-talks");
        var story = await desk.WaitForStoryAsync(articles: 5);
        var (_, editorKey) = await desk.App.Services.GetRequiredService<ApiKeyStore>().CreateAsync(ApiKeyRoles.Editor, "Night editor", CancellationToken.None);
        var conflicts = story.GetProperty("conflicts").GetArrayLength();
        await using var browser = await Browser.SignInAsync(desk, editorKey);
        var page = browser.Page;

        await browser.ScreenshotAsync("01-stories.png");
        await page.ClickAsync($"a[href='/desk/stories/{story.GetProperty("id").GetGuid()}']");
        var cardsBefore = await page.Locator("section.card").CountAsync();
        var disagreeing = await page.Locator("table.matrix td.disagree").CountAsync();
        var screenshot = await browser.ScreenshotAsync("02-story.png");
        var first = page.Locator("section.card").First;
        var dismissed = await first.GetAttributeAsync("data-conflict");
        await first.Locator("input[name=note]").FillAsync("Sixth vs eighth: checked with the wire desk");
        await first.Locator("button[value=dismissed]").ClickAsync();
        await page.WaitForSelectorAsync("div.notice");
        await browser.ScreenshotAsync("03-dismissed.png");

        Assert.True(conflicts >= 2, $"the sample story holds conflicts ({conflicts})");
        Assert.Equal(conflicts, cardsBefore);
        Assert.True(disagreeing >= 4, $"the claim matrix marks the disagreeing cells ({disagreeing})");
        Assert.Equal(conflicts - 1, await page.Locator("section.card").CountAsync());
        Assert.Equal(0, await page.Locator($"section.card[data-conflict='{dismissed}']").CountAsync());
        Assert.Contains("Conflict dismissed.", await page.InnerTextAsync("div.notice"));
        Assert.Contains("Sixth vs eighth: checked with the wire desk", await page.InnerTextAsync("main"));
        Assert.True(File.Exists(screenshot));
    }

    [Fact]
    public async Task Should_show_a_new_secret_once_and_log_each_delivery_of_a_subscription()
    {
        await using var desk = await DeskApp.StartAsync();
        await desk.SubmitSampleAsync("astana-talks");
        var story = await desk.WaitForStoryAsync(articles: 5);
        var (_, editorKey) = await desk.App.Services.GetRequiredService<ApiKeyStore>().CreateAsync(ApiKeyRoles.Editor, "Night editor", CancellationToken.None);
        await using var browser = await Browser.SignInAsync(desk, editorKey, "/desk/subscriptions");
        var page = browser.Page;

        await page.FillAsync("input[name=url]", new Uri(desk.BaseAddress, "/test-receiver").ToString());
        await page.SelectOptionAsync("select[name=minSeverity]", "low");
        await page.ClickAsync("form[action*=Create] button[type=submit]");
        var secret = await page.InnerTextAsync("#secret");
        await browser.ScreenshotAsync("04-subscription-created.png");
        await page.GotoAsync("/desk/subscriptions");
        var listed = await page.ContentAsync();
        using var decide = new HttpRequestMessage(HttpMethod.Post, $"/api/stories/{story.GetProperty("id").GetGuid()}/conflicts/{story.GetProperty("conflicts")[0].GetProperty("id").GetGuid()}/decision")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { decision = "dismissed", note = "wire copy error" }),
        };
        decide.Headers.Add(ApiKeys.HeaderName, editorKey);
        (await desk.Http.SendAsync(decide)).EnsureSuccessStatusCode();
        await page.ClickAsync("td a[href^='/desk/subscriptions/']");
        await Poll(async () => (await page.ReloadAsync())!.Ok && await page.Locator("td:has-text('delivered')").CountAsync() > 0);
        await page.ClickAsync("button:has-text('Send again')");
        await page.WaitForSelectorAsync("div.notice");
        await browser.ScreenshotAsync("05-delivery-log.png");
        await Poll(() => Task.FromResult(desk.Received.Count >= 2));

        Assert.StartsWith("whsec_", secret);
        Assert.DoesNotContain(secret, listed);
        Assert.Contains("conflict.resolved", await page.InnerTextAsync("main"));
        Assert.All(desk.Received, body => Assert.Contains("wire copy error", body));
    }

    private static async Task Poll(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The page did not reach the expected state within 30 s.");
            await Task.Delay(200);
        }
    }
}
