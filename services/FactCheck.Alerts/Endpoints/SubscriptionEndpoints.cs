using FactCheck.Alerts.Data;
using FactCheck.Alerts.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FactCheck.Alerts.Endpoints;

public static class SubscriptionEndpoints
{
    /// <summary>Maps the subscription API; the caller decides who may use it (editor keys).</summary>
    public static RouteGroupBuilder MapAlertsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/subscriptions");
        group.MapPost("", CreateAsync);
        group.MapGet("", async (SubscriptionRepository subscriptions, CancellationToken ct) =>
            Results.Ok(new { subscriptions = (await subscriptions.ListAsync(ct)).Select(s => SubscriptionView.From(s)) }));
        group.MapGet("/{id:guid}", async (Guid id, SubscriptionRepository subscriptions, CancellationToken ct) =>
            await subscriptions.FindAsync(id, ct) is { } found ? Results.Ok(SubscriptionView.From(found)) : NotFound(id));
        group.MapDelete("/{id:guid}", async (Guid id, SubscriptionRepository subscriptions, CancellationToken ct) =>
            await subscriptions.DeleteAsync(id, ct) ? Results.NoContent() : NotFound(id));
        group.MapGet("/{id:guid}/deliveries", async (Guid id, SubscriptionRepository subscriptions, DeliveryRepository deliveries, CancellationToken ct) =>
            await subscriptions.FindAsync(id, ct) is null ? NotFound(id) : Results.Ok(new { deliveries = await deliveries.LogAsync(id, 100, ct) }));
        group.MapGet("/{id:guid}/deliveries/{deliveryId:guid}/attempts", async (Guid id, Guid deliveryId, DeliveryRepository deliveries, CancellationToken ct) =>
            Results.Ok(new { attempts = await deliveries.AttemptsAsync(id, deliveryId, ct) }));
        group.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/redeliver", async (Guid id, Guid deliveryId, DeliveryRepository deliveries, TimeProvider clock, CancellationToken ct) =>
            await deliveries.RedeliverAsync(id, deliveryId, clock.GetUtcNow(), ct)
                ? Results.Accepted($"/api/subscriptions/{id}/deliveries")
                : Results.Problem(statusCode: 404, title: "Delivery not found", detail: $"Subscription {id} is not active or has no delivery {deliveryId}."));
        return group;
    }

    private static async Task<IResult> CreateAsync(SubscriptionRequest? request, SubscriptionService service, CancellationToken ct)
    {
        if (request is null)
            return Results.Problem(statusCode: 400, title: "Missing subscription", detail: "Send a JSON object {url, minSeverity?, events?, kinds?, storyId?, outlet?, format?}.");
        try
        {
            var created = await service.CreateAsync(request, ct);
            return Results.Created($"/api/subscriptions/{created.Id}", created);
        }
        catch (InvalidSubscriptionException ex)
        {
            return Results.Problem(statusCode: 400, title: "Subscription not accepted", detail: ex.Message);
        }
        catch (SecretKeyMissingException ex)
        {
            return Results.Problem(statusCode: 503, title: "Webhooks are not configured", detail: ex.Message);
        }
    }

    private static IResult NotFound(Guid id) =>
        Results.Problem(statusCode: 404, title: "Subscription not found", detail: $"No subscription has the id {id}.");
}
