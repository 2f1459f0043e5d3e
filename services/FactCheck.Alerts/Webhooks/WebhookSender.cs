using System.Diagnostics;
using System.Net;
using System.Text;
using FactCheck.Platform.Security;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Timeout;

namespace FactCheck.Alerts.Webhooks;

/// <summary>What one call to an endpoint came to.</summary>
public sealed record SendResult(int? StatusCode, string? Error, TimeSpan Duration, bool Blocked = false);

/// <summary>
/// Signs and posts one webhook. Each endpoint (scheme, host, port) has its own circuit breaker, so one
/// failing subscriber does not hold the others up; the long retries are the worker's persisted schedule.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, IOptions<AlertsOptions> options, TimeProvider clock)
{
    public const string ClientName = "webhooks";

    private readonly ResiliencePipelineRegistry<string> _pipelines = new();

    public async Task<SendResult> SendAsync(Uri url, string messageId, string secret, string body, CancellationToken ct)
    {
        var pipeline = _pipelines.GetOrAddPipeline<HttpResponseMessage>(url.GetLeftPart(UriPartial.Authority), Configure);
        var client = clients.CreateClient(ClientName);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await pipeline.ExecuteAsync(async token =>
            {
                var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Add("webhook-id", messageId);
                request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
                request.Headers.Add("webhook-signature", WebhookSigner.Sign(secret, messageId, timestamp, body));
                return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            }, ct);
            return new SendResult((int)response.StatusCode, null, Stopwatch.GetElapsedTime(started));
        }
        catch (BrokenCircuitException)
        {
            return new SendResult(null, "circuit open: the endpoint failed repeatedly, not called", Stopwatch.GetElapsedTime(started));
        }
        catch (TimeoutRejectedException)
        {
            return new SendResult(null, $"no answer within {options.Value.RequestTimeout.TotalSeconds:0.#} s", Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException ex) when (ex.InnerException is BlockedAddressException blocked)
        {
            return new SendResult(null, blocked.Message, Stopwatch.GetElapsedTime(started), Blocked: true);
        }
        catch (HttpRequestException ex)
        {
            return new SendResult(null, ex.Message, Stopwatch.GetElapsedTime(started));
        }
    }

    private void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder)
    {
        var settings = options.Value;
        builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = 0.5,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = settings.BreakerSamplingDuration,
                BreakDuration = settings.BreakerBreakDuration,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>(ex => ex.InnerException is not BlockedAddressException)
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => (int)r.StatusCode >= 500 || r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests),
            })
            .AddTimeout(settings.RequestTimeout);
    }
}
