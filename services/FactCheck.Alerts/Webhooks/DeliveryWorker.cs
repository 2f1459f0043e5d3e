using System.Diagnostics;
using FactCheck.Alerts.Data;
using FactCheck.Alerts.Subscriptions;
using FactCheck.Platform.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Alerts.Webhooks;

/// <summary>
/// Sends what is owed to subscribers: due deliveries are claimed, signed, posted, logged and either closed
/// or rescheduled with backoff. The schedule lives in the database, so retries over hours survive restarts.
/// </summary>
public sealed class DeliveryWorker(
    DeliveryRepository deliveries,
    SubscriptionRepository subscriptions,
    SecretProtector secrets,
    WebhookSender sender,
    IOptions<AlertsOptions> options,
    TimeProvider clock,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    public const string BacklogName = "webhooks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await RunOnceAsync(stoppingToken);
                FactCheckMetrics.ReportBacklog(BacklogName, await deliveries.BacklogAsync(stoppingToken));
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A database hiccup must not stop deliveries for good: log, wait, look again.
                logger.LogError(ex, "Webhook delivery round failed");
            }

            if (sent == 0)
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Sends every delivery due now; returns how many were sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var due = await deliveries.DueAsync(clock.GetUtcNow(), 32, ct);
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, DeliverAsync);
        return due.Count;
    }

    private async ValueTask DeliverAsync(DueDelivery delivery, CancellationToken ct)
    {
        var settings = options.Value;
        if (!await deliveries.ClaimAsync(delivery, clock.GetUtcNow() + settings.RequestTimeout * 3, ct))
            return;
        var subscription = await subscriptions.FindAsync(delivery.SubscriptionId, ct);
        var cipher = await subscriptions.SecretCipherAsync(delivery.SubscriptionId, ct);
        if (subscription is null || cipher is null)
            return;

        ActivityContext.TryParse(delivery.TraceParent, null, out var parent);
        using var activity = FactCheckTelemetry.Source.StartActivity("webhook deliver", ActivityKind.Producer, parent);
        activity?.SetTag("factcheck.event_type", delivery.EventType);
        activity?.SetTag("factcheck.subscription_id", subscription.Id);
        activity?.SetTag("factcheck.attempt", delivery.Attempts + 1);

        var body = WebhookPayloads.Body(subscription.Format, delivery.EventType, delivery.CreatedAt, delivery.Payload);
        var result = await sender.SendAsync(new Uri(subscription.Url), "msg_" + delivery.Id.ToString("N"), secrets.Unprotect(subscription.Id, cipher), body, ct);

        var attempt = delivery.Attempts + 1;
        var now = clock.GetUtcNow();
        var outcome = result.StatusCode switch
        {
            >= 200 and < 300 => "delivered",
            410 => "gone",
            _ when result.Blocked => "blocked",
            _ when attempt >= settings.MaxAttempts => "failed",
            _ => "retrying",
        };
        var next = outcome == "retrying"
            ? now + RetrySchedule.Delay(attempt, settings.FirstRetryDelay, settings.MaxRetryDelay, Random.Shared.NextDouble())
            : now;
        var status = outcome switch { "retrying" => "pending", _ => outcome };
        // Disabled first, so no event arriving meanwhile is owed to an endpoint that said it is gone.
        if (outcome == "gone")
            await subscriptions.DisableAsync(subscription.Id, $"the endpoint answered 410 Gone at {now:u}", ct);
        await deliveries.RecordAttemptAsync(delivery.Id, new DeliveryAttempt
        {
            Attempt = attempt, AttemptedAt = now, StatusCode = result.StatusCode, Error = result.Error, DurationMs = result.Duration.TotalMilliseconds,
        }, status, next, ct);

        activity?.SetTag("factcheck.outcome", outcome);
        if (outcome is not ("delivered" or "retrying"))
            activity?.SetStatus(ActivityStatusCode.Error, result.Error ?? $"HTTP {result.StatusCode}");
        FactCheckMetrics.WebhookDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        FactCheckMetrics.WebhookDuration.Record(result.Duration.TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));
        logger.LogInformation("Webhook {DeliveryId} to subscription {SubscriptionId}: {Outcome} (HTTP {Status}) after attempt {Attempt}",
            delivery.Id, subscription.Id, outcome, result.StatusCode, attempt);
    }
}
