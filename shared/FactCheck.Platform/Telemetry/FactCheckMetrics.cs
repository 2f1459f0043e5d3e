using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FactCheck.Platform.Telemetry;

/// <summary>
/// Every instrument the project records, in one place so dashboards and the <c>/ops</c> page can be
/// checked against the names the code really emits.
/// </summary>
public static class FactCheckMetrics
{
    public static readonly Counter<long> Articles = FactCheckTelemetry.Meter.CreateCounter<long>(
        "factcheck.intake.articles", "{article}", "Articles submitted, by outlet and outcome (accepted, duplicate, rejected).");

    public static readonly Counter<long> RemovedCharacters = FactCheckTelemetry.Meter.CreateCounter<long>(
        "factcheck.intake.removed_characters", "{character}", "Characters of page furniture removed by cleaning, by outlet; a jump means a site changed its layout.");

    public static readonly Histogram<int> ClaimsPerArticle = FactCheckTelemetry.Meter.CreateHistogram<int>(
        "factcheck.extraction.claims", "{claim}", "Claims extracted from one article.");

    public static readonly Counter<long> Conflicts = FactCheckTelemetry.Meter.CreateCounter<long>(
        "factcheck.comparison.conflicts", "{conflict}", "Conflicts announced, by kind and severity.");

    public static readonly Histogram<double> PipelineLatency = FactCheckTelemetry.Meter.CreateHistogram<double>(
        "factcheck.pipeline.latency", "s", "From an article's acceptance to its comparison being visible to editors.");

    public static readonly Counter<long> WebhookDeliveries = FactCheckTelemetry.Meter.CreateCounter<long>(
        "factcheck.webhooks.deliveries", "{call}", "Webhook calls, by outcome (delivered, retrying, failed, gone, blocked).");

    public static readonly Histogram<double> WebhookDuration = FactCheckTelemetry.Meter.CreateHistogram<double>(
        "factcheck.webhooks.duration", "s", "Time a webhook endpoint took to answer.");

    public static readonly Counter<long> EditorDecisions = FactCheckTelemetry.Meter.CreateCounter<long>(
        "factcheck.review.decisions", "{decision}", "Editors' verdicts on conflicts (confirmed, dismissed), by kind: the checker's precision as editors see it.");

    private static readonly ConcurrentDictionary<string, long> Backlogs = new();

    public static readonly ObservableGauge<long> OutboxBacklog = FactCheckTelemetry.Meter.CreateObservableGauge(
        "factcheck.outbox.backlog",
        () => Backlogs.Select(b => new Measurement<long>(b.Value, new KeyValuePair<string, object?>("outbox", b.Key))),
        "{message}", "Messages written but not yet sent, by outbox (intake events, webhook deliveries).");

    /// <summary>Every instrument above, for tests and the operations page.</summary>
    public static readonly IReadOnlyList<Instrument> All =
        [Articles, RemovedCharacters, ClaimsPerArticle, Conflicts, PipelineLatency, WebhookDeliveries, WebhookDuration, EditorDecisions, OutboxBacklog];

    /// <summary>Sets the latest count of an outbox; the gauge reports it at the next collection.</summary>
    public static void ReportBacklog(string outbox, long pending) => Backlogs[outbox] = pending;

    public static TagList Tags(params (string Key, object? Value)[] tags)
    {
        var list = new TagList();
        foreach (var (key, value) in tags)
            list.Add(key, value);
        return list;
    }
}
