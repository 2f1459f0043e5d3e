using FactCheck.Contracts;
using FactCheck.Intake.Feeds;
using MassTransit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Intake.Tests;

public sealed class FeedPollerTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("factcheck-feeds-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Should_take_in_each_new_item_once_and_send_the_etag_back_on_the_next_poll()
    {
        await using var server = await FeedServer.StartAsync(app =>
        {
            app.MapGet("/rss.xml", (HttpContext context) => FeedServer.Rss(context, "\"v1\"", ("Storm", "/a/1.html"), ("Quake", "/a/2.html")));
            app.MapGet("/a/1.html", () => FeedServer.Page("The storm killed at least 12 people in the coastal province on Monday."));
            app.MapGet("/a/2.html", () => FeedServer.Page("The earthquake injured 40 people and damaged 300 houses on Tuesday."));
        });
        using var host = await StartAsync(server.BaseUrl + "/rss.xml");
        var poller = host.Services.GetRequiredService<FeedPoller>();

        var first = Assert.Single(await poller.PollAllAsync(CancellationToken.None));
        var second = Assert.Single(await poller.PollAllAsync(CancellationToken.None));

        Assert.Equal((2, 0, 0), (first.Accepted, first.Refused, first.Failed));
        Assert.True(second.NotModified);
        Assert.Equal((304, "\"v1\""), server.Requests.Where(r => r.Path == "/rss.xml").Select(r => (r.Status, r.IfNoneMatch)).Last());
        Assert.Equal(1, server.Count("/a/1.html"));
        var harness = host.Services.GetRequiredService<ITestHarness>();
        Assert.True(await host.PublishedAsync<ArticleAccepted>(m => m.Outlet == "Test Wire" && m.Title == "Quake"));
    }

    [Fact]
    public async Task Should_retry_a_failing_host_then_leave_it_alone_while_taking_in_the_other_items()
    {
        await using var failing = await FeedServer.StartAsync(app => app.MapGet("/{**path}", () => Results.StatusCode(503)));
        await using var server = await FeedServer.StartAsync(app =>
        {
            app.MapGet("/rss.xml", (HttpContext context) => FeedServer.Rss(context, "\"v1\"", ("Storm", "/a/1.html"), ("Broken", failing.BaseUrl + "/b/3.html")));
            app.MapGet("/a/1.html", () => FeedServer.Page("The storm killed at least 12 people in the coastal province on Monday."));
        });
        using var host = await StartAsync(server.BaseUrl + "/rss.xml");
        var poller = host.Services.GetRequiredService<FeedPoller>();

        var first = Assert.Single(await poller.PollAllAsync(CancellationToken.None));
        var hitsAfterFirst = failing.Requests.Count;
        var second = Assert.Single(await poller.PollAllAsync(CancellationToken.None));

        Assert.Equal((1, 1), (first.Accepted, first.Failed));
        Assert.Equal(3, hitsAfterFirst);
        Assert.Equal((0, 1), (second.Accepted, second.Failed));
        Assert.Equal(3, failing.Requests.Count);
        Assert.Equal(200, server.Requests.Where(r => r.Path == "/rss.xml").Last().Status);
        Assert.Equal(1, server.Count("/a/1.html"));
    }

    [Fact]
    public async Task Should_refuse_to_fetch_from_a_private_address_unless_allowed()
    {
        await using var server = await FeedServer.StartAsync(app => app.MapGet("/rss.xml", (HttpContext context) => FeedServer.Rss(context, "\"v1\"")));
        using var host = await StartAsync(server.BaseUrl + "/rss.xml", allowPrivate: false);
        var poller = host.Services.GetRequiredService<FeedPoller>();

        var result = Assert.Single(await poller.PollAllAsync(CancellationToken.None));

        Assert.Equal(1, result.Failed);
        Assert.Empty(server.Requests);
    }

    private Task<IHost> StartAsync(string feedUrl, bool allowPrivate = true) => IntakeHost.StartAsync(
        _data,
        ("Intake:Feeds:Sources:0:Url", feedUrl),
        ("Intake:Feeds:BackgroundPolling", "false"),
        ("Intake:Feeds:AllowPrivateAddresses", allowPrivate.ToString()),
        ("Intake:Feeds:RetryAttempts", "2"),
        ("Intake:Feeds:RetryDelayMilliseconds", "10"),
        ("Intake:Feeds:BreakerMinimumThroughput", "3"));
}
