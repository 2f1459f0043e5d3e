namespace FactCheck.Alerts.Subscriptions;

/// <summary>Where and what to deliver; the secret is stored encrypted and never read back to clients.</summary>
public sealed record Subscription
{
    public Guid Id { get; init; }
    public string Url { get; init; } = "";

    /// <summary><c>low</c>, <c>medium</c> or <c>high</c>: conflicts below it are not delivered.</summary>
    public string MinSeverity { get; init; } = "low";

    /// <summary>Event types delivered, comma-separated (<c>conflict.detected,conflict.resolved</c>).</summary>
    public string Events { get; init; } = "";

    /// <summary>Conflict kinds delivered, comma-separated (<c>number,ordinal</c>); empty for all.</summary>
    public string Kinds { get; init; } = "";

    public Guid? StoryId { get; init; }
    public string? Outlet { get; init; }

    /// <summary><c>standard</c> (event JSON) or <c>slack</c> (a Slack incoming-webhook body).</summary>
    public string Format { get; init; } = "standard";

    /// <summary><c>active</c>, or <c>disabled</c> once the endpoint answered 410 Gone.</summary>
    public string Status { get; init; } = "active";

    public string? StatusReason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>What an event offers to subscription filters.</summary>
public sealed record AlertEvent(
    Guid Id, string Type, Guid StoryId, string? Severity, string? Kind, IReadOnlyCollection<string> Outlets, string Payload);

public static class EventTypes
{
    public const string ConflictDetected = "conflict.detected";
    public const string ConflictResolved = "conflict.resolved";
    public const string StoryUpdated = "story.updated";

    public static readonly IReadOnlyList<string> All = [ConflictDetected, ConflictResolved, StoryUpdated];

    /// <summary>What a subscription gets when it names no events: conflicts, not every story change.</summary>
    public static readonly IReadOnlyList<string> Default = [ConflictDetected, ConflictResolved];
}

public static class Severities
{
    public static readonly IReadOnlyList<string> All = ["low", "medium", "high"];

    public static int Rank(string? severity) => severity is null ? -1 : All.ToList().IndexOf(severity.ToLowerInvariant());
}

public static class SubscriptionFilter
{
    /// <summary>Whether the subscription wants the event; facts an event lacks (a story update has no severity) do not exclude it.</summary>
    public static bool Matches(Subscription subscription, AlertEvent alert)
    {
        if (subscription.Status != "active" || !Split(subscription.Events).Contains(alert.Type))
            return false;
        if (subscription.StoryId is { } story && story != alert.StoryId)
            return false;
        if (subscription.Outlet is { } outlet && alert.Outlets.Count > 0 && !alert.Outlets.Contains(outlet, StringComparer.OrdinalIgnoreCase))
            return false;
        if (alert.Severity is not null && Severities.Rank(alert.Severity) < Severities.Rank(subscription.MinSeverity))
            return false;
        var kinds = Split(subscription.Kinds);
        return alert.Kind is null || kinds.Count == 0 || kinds.Contains(alert.Kind);
    }

    public static IReadOnlyList<string> Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
