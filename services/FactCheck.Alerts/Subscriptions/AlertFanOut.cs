using System.Diagnostics;
using System.Text.Json;
using FactCheck.Alerts.Data;
using FactCheck.Contracts;
using FactCheck.Platform.Telemetry;

namespace FactCheck.Alerts.Subscriptions;

/// <summary>Turns bus events into alert events and owes each to the subscriptions whose filters it passes.</summary>
public sealed class AlertFanOut(DeliveryRepository deliveries, SubscriptionRepository subscriptions)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task DetectedAsync(ConflictDetected message, CancellationToken ct)
    {
        var payload = JsonSerializer.Serialize(message, Json);
        var outlets = message.Conflict.Sides.SelectMany(s => s.Sources).Select(s => s.Outlet).Distinct().ToList();
        // Identity is the conflict's content, not the announcement's time: a redelivered re-announcement adds nothing.
        var id = DeliveryIds.For(EventTypes.ConflictDetected, message.ConflictId, JsonSerializer.Serialize(message.Conflict, Json));
        var alert = new AlertEvent(id, EventTypes.ConflictDetected,
            message.StoryId, message.Conflict.Severity, message.Conflict.Kind, outlets, payload);
        return EnqueueAsync(alert, message.ConflictId, message.DetectedAt, ct);
    }

    public async Task ResolvedAsync(ConflictResolved message, CancellationToken ct)
    {
        var detected = await deliveries.DetectedPayloadAsync(message.ConflictId, ct) is { } json
            ? JsonSerializer.Deserialize<ConflictDetected>(json, Json)
            : null;
        var payload = JsonSerializer.Serialize(new
        {
            message.ConflictId, message.StoryId, message.Reason, message.ResolvedAt,
            detected?.StoryTitle, detected?.Conflict.Kind, detected?.Conflict.Slot, detected?.Conflict.Summary,
        }, Json);
        var outlets = detected?.Conflict.Sides.SelectMany(s => s.Sources).Select(s => s.Outlet).Distinct().ToList() ?? [];
        var alert = new AlertEvent(DeliveryIds.For(EventTypes.ConflictResolved, message.ConflictId, message.Reason), EventTypes.ConflictResolved,
            message.StoryId, detected?.Conflict.Severity, detected?.Conflict.Kind, outlets, payload);
        await EnqueueAsync(alert, message.ConflictId, message.ResolvedAt, ct);
    }

    public Task StoryUpdatedAsync(ArticleCompared message, DateTimeOffset now, CancellationToken ct)
    {
        var payload = JsonSerializer.Serialize(new
        {
            message.StoryId, message.StoryTitle, message.StoryRevision, message.ArticleId, message.Outlet, message.Title,
            ConflictCount = message.Conflicts.Count,
        }, Json);
        var alert = new AlertEvent(DeliveryIds.For(EventTypes.StoryUpdated, message.StoryId, $"{message.StoryRevision}|{message.ArticleId:N}"), EventTypes.StoryUpdated,
            message.StoryId, null, null, [message.Outlet], payload);
        return EnqueueAsync(alert, message.StoryId, now, ct);
    }

    /// <summary>An editor merged a story or moved an article: <c>story.updated</c>, once per story revision.</summary>
    public Task StoryRevisedAsync(StoryRevised message, CancellationToken ct)
    {
        var payload = JsonSerializer.Serialize(new
        {
            message.StoryId, message.StoryTitle, message.StoryRevision, message.MergedInto, message.Reason,
            ArticleCount = message.ArticleIds.Count, ConflictCount = message.Conflicts.Count,
        }, Json);
        var alert = new AlertEvent(DeliveryIds.For(EventTypes.StoryUpdated, message.StoryId, $"{message.StoryRevision}|revised"), EventTypes.StoryUpdated,
            message.StoryId, null, null, [], payload);
        return EnqueueAsync(alert, message.StoryId, message.RevisedAt, ct);
    }

    private async Task EnqueueAsync(AlertEvent alert, Guid subjectId, DateTimeOffset at, CancellationToken ct)
    {
        using var activity = FactCheckTelemetry.Source.StartActivity("alerts fan out");
        activity?.SetTag("factcheck.event_type", alert.Type);
        var matching = (await subscriptions.ListAsync(ct)).Where(s => SubscriptionFilter.Matches(s, alert)).ToList();
        activity?.SetTag("factcheck.subscribers", matching.Count);
        // Every article updates its story: an update nobody subscribed to is not stored (a row per article, forever, and a
        // write each). A detected conflict is always recorded: its resolution is described and filtered by it.
        if (matching.Count == 0 && alert.Type != EventTypes.ConflictDetected)
            return;
        // The webhook call happens later, on the worker; it continues this trace from the stored parent.
        await deliveries.EnqueueAsync(new PendingDelivery(alert.Id, alert.Type, subjectId, alert.StoryId, alert.Payload, at),
            Activity.Current?.Id, matching, ct);
    }
}
