using System.Net;
using System.Text;
using FactCheck.Platform.Security;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace FactCheck.Intake.Feeds;

/// <summary>What a fetch brought back: the body (null on 304), and the validators to send next time.</summary>
public sealed record FetchedResource(HttpStatusCode Status, string? Body, string? ETag, string? LastModified, string? MediaType);

/// <summary>
/// Fetches feeds and pages over HTTP through a Polly pipeline per host: retry with jittered exponential
/// backoff around a circuit breaker around a per-attempt timeout. Conditional requests honour
/// <c>ETag</c> and <c>Last-Modified</c>.
/// </summary>
public sealed class PageFetcher(IHttpClientFactory clients, IOptions<FeedOptions> options)
{
    public const string ClientName = "feeds";

    private readonly ResiliencePipelineRegistry<string> _pipelines = new();

    /// <exception cref="HttpRequestException">The host failed, timed out or answered an error after retries.</exception>
    /// <exception cref="BrokenCircuitException">The host failed too often lately and is left alone for now.</exception>
    public async Task<FetchedResource> FetchAsync(Uri url, string? etag, string? lastModified, CancellationToken ct)
    {
        if (url.Scheme is not ("http" or "https"))
            throw new HttpRequestException($"Only http(s) addresses are fetched; refused {url.Scheme}: {url}.");
        var settings = options.Value;
        var client = clients.CreateClient(ClientName);
        var pipeline = _pipelines.GetOrAddPipeline<HttpResponseMessage>(url.Authority, builder => Build(builder, settings));

        using var response = await pipeline.ExecuteAsync(async token =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (etag is not null)
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            if (lastModified is not null)
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
        }, ct);

        var validators = (response.Headers.ETag?.ToString() ?? etag, response.Content.Headers.LastModified?.ToString("R") ?? lastModified);
        if (response.StatusCode == HttpStatusCode.NotModified)
            return new FetchedResource(response.StatusCode, null, validators.Item1, validators.Item2, null);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);

        var body = await ReadLimitedAsync(response.Content, settings.MaxResponseBytes, url, ct);
        return new FetchedResource(response.StatusCode, body, validators.Item1, validators.Item2, response.Content.Headers.ContentType?.MediaType);
    }

    private static void Build(ResiliencePipelineBuilder<HttpResponseMessage> builder, FeedOptions settings)
    {
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>(ex => ex.InnerException is not BlockedAddressException) // a refused address stays refused
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => (int)r.StatusCode >= 500 || r.StatusCode == HttpStatusCode.TooManyRequests);
        builder
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = settings.RetryAttempts,
                Delay = TimeSpan.FromMilliseconds(settings.RetryDelayMilliseconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                FailureRatio = 0.5,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(Math.Max(settings.BreakSeconds, 30)),
                BreakDuration = TimeSpan.FromSeconds(settings.BreakSeconds),
            })
            .AddTimeout(TimeSpan.FromSeconds(settings.FetchTimeoutSeconds));
    }

    private static async Task<string> ReadLimitedAsync(HttpContent content, long maxBytes, Uri url, CancellationToken ct)
    {
        if (content.Headers.ContentLength > maxBytes)
            throw new HttpRequestException($"{url} is larger than {maxBytes} bytes; not fetched.");
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new HttpRequestException($"{url} is larger than {maxBytes} bytes; not fetched.");
            buffer.Write(chunk, 0, read);
        }

        var charset = content.Headers.ContentType?.CharSet;
        var encoding = Encoding.UTF8;
        try
        {
            if (!string.IsNullOrWhiteSpace(charset))
                encoding = Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            // An unknown charset label: read as UTF-8, undecodable bytes become U+FFFD.
        }

        return encoding.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
