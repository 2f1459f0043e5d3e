using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace FactCheck.Intake.Feeds;

/// <summary>What one poll of one feed did.</summary>
public sealed record FeedPollResult(string FeedUrl, bool NotModified, int Accepted, int Refused, int Failed);

/// <summary>
/// Polls the configured feeds every <c>Intake:Feeds:PollSeconds</c>; each new item's page is fetched and
/// handed to <see cref="ArticleIntake"/>, the same path as the HTTP API. An item whose page cannot be
/// fetched is tried again next poll; one intake refuses is not.
/// </summary>
public sealed class FeedPoller(
    PageFetcher fetcher,
    FeedRepository feeds,
    IServiceScopeFactory scopes,
    IOptions<FeedOptions> options,
    TimeProvider clock,
    ILogger<FeedPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Sources.Count == 0 || !options.Value.BackgroundPolling)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds), clock);
        do
        {
            try
            {
                await PollAllAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database or broker is away; polling must outlive it, so the next tick tries again.
                logger.LogError(ex, "Polling the feeds failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<IReadOnlyList<FeedPollResult>> PollAllAsync(CancellationToken ct)
    {
        var results = new List<FeedPollResult>();
        foreach (var source in options.Value.Sources)
            results.Add(await PollAsync(source, ct));
        return results;
    }

    private async Task<FeedPollResult> PollAsync(FeedSource source, CancellationToken ct)
    {
        var state = await feeds.FindStateAsync(source.Url, ct);
        FetchedResource fetched;
        ParsedFeed feed;
        try
        {
            fetched = await fetcher.FetchAsync(new Uri(source.Url), state?.ETag, state?.LastModified, ct);
            if (fetched.Status == HttpStatusCode.NotModified)
                return new FeedPollResult(source.Url, NotModified: true, 0, 0, 0);
            feed = FeedParser.Parse(fetched.Body!);
        }
        catch (Exception ex) when (ex is HttpRequestException or BrokenCircuitException or FeedFormatException)
        {
            logger.LogWarning("Feed {Feed} not read: {Reason}", source.Url, ex.Message);
            return new FeedPollResult(source.Url, NotModified: false, 0, 0, Failed: 1);
        }

        var seen = await feeds.SeenItemsAsync(source.Url, ct);
        int accepted = 0, refused = 0, failed = 0;
        foreach (var item in feed.Items.Where(i => !seen.Contains(i.Key)))
        {
            switch (await TakeInAsync(source, feed, item, ct))
            {
                case true: accepted++; break;
                case false: refused++; break;
                default: failed++; break;
            }
        }

        // Validators are saved only once every item was dealt with, so a failed page is retried on a full fetch.
        if (failed == 0)
            await feeds.SaveStateAsync(source.Url, new FeedState(fetched.ETag, fetched.LastModified), clock.GetUtcNow(), ct);
        return new FeedPollResult(source.Url, NotModified: false, accepted, refused, failed);
    }

    /// <summary>True: stored; false: refused by intake for good; null: the page could not be fetched, try again later.</summary>
    private async Task<bool?> TakeInAsync(FeedSource source, ParsedFeed feed, FeedItem item, CancellationToken ct)
    {
        string body;
        string format;
        // Some feeds give links relative to the feed itself.
        Uri? link = null;
        if (item.Link is not null && Uri.TryCreate(new Uri(source.Url), item.Link, out link))
        {
            try
            {
                var page = await fetcher.FetchAsync(link, null, null, ct);
                body = page.Body ?? "";
                format = page.MediaType is "text/plain" ? "text" : "html";
            }
            catch (Exception ex) when (ex is HttpRequestException or BrokenCircuitException)
            {
                logger.LogWarning("Page {Link} of feed {Feed} not fetched: {Reason}", link, source.Url, ex.Message);
                return null;
            }
        }
        else
        {
            body = item.Content ?? "";
            format = "html";
        }

        await using var scope = scopes.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<ArticleIntake>();
        try
        {
            var result = await intake.SubmitAsync(new ArticleSubmission
            {
                Outlet = source.Outlet ?? feed.Title ?? link?.Host,
                Title = item.Title,
                Url = link?.AbsoluteUri,
                PublishedAt = item.PublishedAt,
                Body = body,
                Format = format,
            }, ct);
            await feeds.MarkSeenAsync(source.Url, item.Key, result.ArticleId, result.Duplicate ? "duplicate" : "accepted", clock.GetUtcNow(), ct);
            return true;
        }
        catch (InvalidArticleException ex)
        {
            logger.LogInformation("Item {Item} of feed {Feed} refused: {Reason}", item.Key, source.Url, ex.Message);
            await feeds.MarkSeenAsync(source.Url, item.Key, null, "refused: " + ex.Message, clock.GetUtcNow(), ct);
            return false;
        }
    }
}
