using FactCheck.Review.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FactCheck.Review.Endpoints;

public static class StoryEndpoints
{
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stories", async (StoryViewRepository views, CancellationToken ct) =>
            Results.Ok(new { stories = await views.ListAsync(ct) }));
        app.MapGet("/api/stories/{id:guid}", async (Guid id, StoryViewRepository views, CancellationToken ct) =>
            await views.FindAsync(id, ct) is { } story
                ? Results.Ok(story)
                : Results.Problem(statusCode: 404, title: "Story not found", detail: $"No story has the id {id}."));
        return app;
    }
}
