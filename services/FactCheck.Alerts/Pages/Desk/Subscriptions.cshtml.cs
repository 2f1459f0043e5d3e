using FactCheck.Alerts.Data;
using FactCheck.Alerts.Subscriptions;
using FactCheck.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Alerts.Pages.Desk;

[Authorize(Policy = EditorDesk.EditorPolicy)]
public sealed class SubscriptionsModel(SubscriptionRepository subscriptions, SubscriptionService service) : PageModel
{
    public IReadOnlyList<SubscriptionView> Subscriptions { get; private set; } = [];

    public SubscriptionView? Created { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Subscriptions = (await subscriptions.ListAsync(ct)).Select(s => SubscriptionView.From(s)).ToList();

    public async Task<IActionResult> OnPostCreateAsync(string? url, string? minSeverity, string[]? events, string[]? kinds, string? outlet, string? format, CancellationToken ct)
    {
        try
        {
            // Rendered once here and never again: the secret is not kept anywhere readable.
            Created = await service.CreateAsync(new SubscriptionRequest { Url = url, MinSeverity = minSeverity, Events = events, Kinds = kinds, Outlet = outlet, Format = format }, ct);
        }
        catch (InvalidSubscriptionException ex)
        {
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        await subscriptions.DeleteAsync(id, ct);
        return RedirectToPage();
    }
}
