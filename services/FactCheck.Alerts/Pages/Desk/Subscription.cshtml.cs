using FactCheck.Alerts.Data;
using FactCheck.Alerts.Subscriptions;
using FactCheck.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Alerts.Pages.Desk;

[Authorize(Policy = EditorDesk.EditorPolicy)]
public sealed class SubscriptionModel(SubscriptionRepository subscriptions, DeliveryRepository deliveries, TimeProvider clock) : PageModel
{
    public Subscription Subscription { get; private set; } = null!;

    public IReadOnlyList<DeliveryLogEntry> Log { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await subscriptions.FindAsync(id, ct) is not { } subscription)
            return NotFound();
        Subscription = subscription;
        Log = await deliveries.LogAsync(id, 200, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRedeliverAsync(Guid id, Guid deliveryId, CancellationToken ct)
    {
        Notice = await deliveries.RedeliverAsync(id, deliveryId, clock.GetUtcNow(), ct)
            ? "Queued to be sent again now."
            : "Not queued: the subscription is disabled or the delivery is gone.";
        return RedirectToPage(new { id });
    }
}
