namespace FactCheck.Alerts.Subscriptions;

/// <summary>The body of <c>POST /api/subscriptions</c>.</summary>
public sealed record SubscriptionRequest
{
    public string? Url { get; init; }
    public string? MinSeverity { get; init; }
    public IReadOnlyList<string>? Events { get; init; }
    public IReadOnlyList<string>? Kinds { get; init; }
    public Guid? StoryId { get; init; }
    public string? Outlet { get; init; }
    public string? Format { get; init; }
}

/// <summary>A subscription as clients see it; <see cref="Secret"/> is filled only in the answer that created it.</summary>
public sealed record SubscriptionView(
    Guid Id, string Url, string MinSeverity, IReadOnlyList<string> Events, IReadOnlyList<string> Kinds, Guid? StoryId, string? Outlet,
    string Format, string Status, string? StatusReason, DateTimeOffset CreatedAt, string? Secret = null)
{
    public static SubscriptionView From(Subscription s, string? secret = null) => new(
        s.Id, s.Url, s.MinSeverity, SubscriptionFilter.Split(s.Events), SubscriptionFilter.Split(s.Kinds), s.StoryId, s.Outlet,
        s.Format, s.Status, s.StatusReason, s.CreatedAt, secret);
}

public static class ConflictKinds
{
    public static readonly IReadOnlyList<string> All = ["ordinal", "number", "date", "name"];
}
