using System.Security.Claims;
using FactCheck.Comparison.Editing;
using FactCheck.Platform.Security;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FactCheck.Comparison.Endpoints;

/// <summary>The body of a merge: the story that absorbs the one in the path.</summary>
public sealed record MergeRequest(Guid? Into);

/// <summary>The body of a move: an existing story, or a new story of the article's own.</summary>
public sealed record MoveRequest(Guid? Story, bool? NewStory);

public static class StoryEditEndpoints
{
    /// <summary>Editors' corrections to clustering; each answers the new state of every story it changed.</summary>
    public static IEndpointRouteBuilder MapStoryEditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/stories/{id:guid}/merge", MergeAsync).RequireApiKey(ApiKeyRoles.Editor).WithName("MergeStory");
        app.MapPost("/api/articles/{id:guid}/move", MoveAsync).RequireApiKey(ApiKeyRoles.Editor).WithName("MoveArticle");
        return app;
    }

    private static async Task<IResult> MergeAsync(Guid id, MergeRequest? request, StoryEditor editor, IPublishEndpoint publish, ClaimsPrincipal user, CancellationToken ct)
    {
        if (request?.Into is not { } into)
            return Results.Problem(statusCode: 400, title: "Story not merged", detail: "Send {\"into\": \"<story id>\"}: the story that absorbs this one.");
        return await ApplyAsync(() => editor.MergeAsync(id, into, EditorName(user), ct), publish, ct);
    }

    private static async Task<IResult> MoveAsync(Guid id, MoveRequest? request, StoryEditor editor, IPublishEndpoint publish, ClaimsPrincipal user, CancellationToken ct) =>
        await ApplyAsync(() => editor.MoveAsync(id, request?.Story, request?.NewStory == true, EditorName(user), ct), publish, ct);

    private static async Task<IResult> ApplyAsync(Func<Task<StoryEdit>> action, IPublishEndpoint publish, CancellationToken ct)
    {
        StoryEdit edit;
        try
        {
            edit = await action();
        }
        catch (StoryEditException ex)
        {
            return Results.Problem(statusCode: ex.StatusCode, title: ex.Title, detail: ex.Message);
        }

        await edit.PublishAsync(publish, ct);
        return Results.Ok(new { stories = edit.Stories });
    }

    private static string EditorName(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? "api";
}
