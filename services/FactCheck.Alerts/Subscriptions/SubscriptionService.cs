using FactCheck.Alerts.Data;
using FactCheck.Alerts.Webhooks;
using MassTransit;
using Microsoft.Extensions.Options;

namespace FactCheck.Alerts.Subscriptions;

/// <summary>A request a subscriber must fix, with the sentence that says how.</summary>
public sealed class InvalidSubscriptionException(string message) : Exception(message);

/// <summary>Creates subscriptions: validates the request, generates the secret, stores it encrypted, shows it once.</summary>
public sealed class SubscriptionService(SubscriptionRepository subscriptions, SecretProtector secrets, IOptions<AlertsOptions> options, TimeProvider clock)
{
    public async Task<SubscriptionView> CreateAsync(SubscriptionRequest request, CancellationToken ct)
    {
        var subscription = Validate(request, options.Value.AllowedHosts) with { Id = NewId.NextGuid(), CreatedAt = clock.GetUtcNow() };
        var secret = WebhookSigner.NewSecret();

        await subscriptions.InsertAsync(subscription, secrets.Protect(subscription.Id, secret), ct);
        return SubscriptionView.From(subscription, secret);
    }

    public static Subscription Validate(SubscriptionRequest request, IReadOnlyCollection<string> allowedHosts)
    {
        if (!Uri.TryCreate(request.Url?.Trim(), UriKind.Absolute, out var url))
            throw new InvalidSubscriptionException("Give 'url', the absolute http(s) address that receives the webhooks.");
        if (SsrfGuard.Refusal(url, allowedHosts) is { } refusal)
            throw new InvalidSubscriptionException(refusal);
        var severity = (request.MinSeverity ?? "low").Trim().ToLowerInvariant();
        if (!Severities.All.Contains(severity))
            throw new InvalidSubscriptionException($"Unknown minSeverity '{request.MinSeverity}': use {string.Join(", ", Severities.All)}.");
        var events = Known(request.Events, EventTypes.All, "event") ?? EventTypes.Default;
        var kinds = Known(request.Kinds, ConflictKinds.All, "kind") ?? [];
        var format = (request.Format ?? "standard").Trim().ToLowerInvariant();
        if (format is not ("standard" or "slack"))
            throw new InvalidSubscriptionException($"Unknown format '{request.Format}': use standard or slack.");
        return new Subscription
        {
            Url = url.ToString(),
            MinSeverity = severity,
            Events = string.Join(',', events),
            Kinds = string.Join(',', kinds),
            StoryId = request.StoryId,
            Outlet = string.IsNullOrWhiteSpace(request.Outlet) ? null : request.Outlet.Trim(),
            Format = format,
        };
    }

    private static IReadOnlyList<string>? Known(IReadOnlyList<string>? given, IReadOnlyList<string> known, string what)
    {
        if (given is null || given.Count == 0)
            return null;
        var normalised = given.Select(g => g.Trim().ToLowerInvariant()).Distinct().ToList();
        var unknown = normalised.Except(known).ToList();
        return unknown.Count == 0
            ? normalised
            : throw new InvalidSubscriptionException($"Unknown {what}(s) {string.Join(", ", unknown)}: use {string.Join(", ", known)}.");
    }
}
