using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace FactCheck.Integration.Tests.Support;

/// <summary>
/// Submits articles over HTTP like a well-behaved client: several at once, and anything not answered
/// 202 (503 + Retry-After, a reset connection, a timeout) is sent again until it is.
/// </summary>
public sealed class ArticleDriver(Uri intake, int parallelism = 8)
{
    private readonly ConcurrentDictionary<Guid, byte> _accepted = new();
    private int _unavailable;
    private int _retries;

    public IReadOnlyCollection<Guid> Accepted => _accepted.Keys.ToList();

    /// <summary>How many answers were 503 with a Retry-After header.</summary>
    public int Unavailable => _unavailable;

    public int Retries => _retries;

    public int AcceptedCount => _accepted.Count;

    /// <summary>Latency from sending to the 202 of each article, in submission order.</summary>
    public ConcurrentDictionary<Guid, TimeSpan> SendLatency { get; } = new();

    public ConcurrentDictionary<Guid, long> AcceptedAtTicks { get; } = new();

    public async Task SubmitAsync(IEnumerable<SyntheticNews.Submission> articles, CancellationToken ct, TimeSpan? pace = null)
    {
        using var http = new HttpClient { BaseAddress = intake, Timeout = TimeSpan.FromSeconds(20) };
        var next = Stopwatch.StartNew();
        var index = 0;
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct }, async (article, token) =>
        {
            if (pace is { } gap)
            {
                var due = gap * Interlocked.Increment(ref index);
                var wait = due - next.Elapsed;
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, token);
            }

            await SubmitOneAsync(http, article, token);
        });
    }

    private async Task SubmitOneAsync(HttpClient http, SyntheticNews.Submission article, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.PostAsJsonAsync("/api/articles", new { outlet = article.Outlet, doc = article.Doc, body = article.Body }, ct);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    var id = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
                    _accepted.TryAdd(id, 0);
                    SendLatency.TryAdd(id, Stopwatch.GetElapsedTime(started));
                    AcceptedAtTicks.TryAdd(id, DateTime.UtcNow.Ticks);
                    return;
                }

                if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter?.Delta is { } retryAfter)
                {
                    Interlocked.Increment(ref _unavailable);
                    await Task.Delay(retryAfter, ct);
                    continue;
                }

                throw new InvalidOperationException($"{article.Doc}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested && DateTime.UtcNow < deadline)
            {
                Interlocked.Increment(ref _retries);
                await Task.Delay(500, ct);
            }
        }
    }
}
