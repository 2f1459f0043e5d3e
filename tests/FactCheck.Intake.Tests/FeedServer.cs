using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactCheck.Intake.Tests;

/// <summary>A real HTTP server on loopback for feed tests: serves what the test maps and logs every request with its answer.</summary>
internal sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FeedServer(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, int Status, string? IfNoneMatch)> Requests { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<FeedServer> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new FeedServer(builder.Build());
        server._app.Use(async (context, next) =>
        {
            await next(context);
            server.Requests.Enqueue((context.Request.Path.Value!, context.Response.StatusCode, context.Request.Headers.IfNoneMatch.FirstOrDefault()));
        });
        map(server._app);
        await server._app.StartAsync();
        server.BaseUrl = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public int Count(string path) => Requests.Count(r => r.Path == path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>An RSS 2.0 feed of the given (title, link) items, answered 304 when the client sends its ETag back.</summary>
    public static IResult Rss(HttpContext context, string etag, params (string Title, string Link)[] items)
    {
        if (context.Request.Headers.IfNoneMatch == etag)
            return Results.StatusCode(304);
        context.Response.Headers.ETag = etag;
        var entries = string.Concat(items.Select((item, i) => $"""
            <item><title>{item.Title}</title><link>{item.Link}</link><guid isPermaLink="false">item-{i}</guid><pubDate>Tue, 06 Feb 2024 05:0{i}:00 GMT</pubDate></item>
            """));
        return Results.Content($"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test Wire</title>{entries}</channel></rss>""", "application/rss+xml");
    }

    public static IResult Page(string sentence) => Results.Content(
        $"<html><head><meta property=\"og:site_name\" content=\"Test Wire\"></head><body><nav><a href='/'>Home</a></nav><article><p>{sentence}</p><p>Officials said the figures were provisional and could rise as rescue teams reached remote villages.</p></article></body></html>",
        "text/html");
}
