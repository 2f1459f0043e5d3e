using System.Security.Claims;
using FactCheck.Platform.Security;
using FactCheck.Review.Data;
using FactCheck.Review.Desk;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FactCheck.Review.Endpoints;

/// <summary>The body of a decision on a conflict: <c>confirmed</c> or <c>dismissed</c>, with a note.</summary>
public sealed record DecisionRequest(string? Decision, string? Note);

public static class StoryEndpoints
{
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stories", async (StoryViewRepository views, CancellationToken ct) =>
            Results.Ok(new { stories = await views.ListAsync(ct) }));
        app.MapGet("/api/stories/{id:guid}", async (Guid id, StoryViewRepository views, CancellationToken ct) =>
            await views.FindAsync(id, ct) is { } story
                ? Results.Ok(story)
                : await views.MergedIntoAsync(id, ct) is { } into
                    ? Results.LocalRedirect($"/api/stories/{into}", permanent: true)
                    : Results.Problem(statusCode: 404, title: "Story not found", detail: $"No story has the id {id}."));
        app.MapGet("/api/stories/{id:guid}/decisions", async (Guid id, DeskRepository desk, CancellationToken ct) =>
            Results.Ok(new { decisions = await desk.DecisionsAsync(id, ct) }));
        app.MapPost("/api/stories/{storyId:guid}/conflicts/{conflictId:guid}/decision", DecideAsync).RequireApiKey(ApiKeyRoles.Editor);
        return app;
    }

    private static async Task<IResult> DecideAsync(Guid storyId, Guid conflictId, DecisionRequest? request, ConflictDesk desk, ClaimsPrincipal user, CancellationToken ct)
    {
        try
        {
            var decision = await desk.DecideAsync(storyId, conflictId, request?.Decision, request?.Note, user.FindFirstValue(ClaimTypes.Name) ?? "api", ct);
            return Results.Ok(decision);
        }
        catch (InvalidDecisionException ex)
        {
            return Results.Problem(statusCode: ex.StatusCode, title: "Decision not recorded", detail: ex.Message);
        }
    }
}
