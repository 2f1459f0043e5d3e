using System.Security.Claims;
using FactCheck.Contracts;
using FactCheck.Platform.Security;
using FactCheck.Review.Data;
using MassTransit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Review.Pages.Desk;

/// <summary>
/// The merge and move forms: editors only, antiforgery-checked. The request is checked against the read model
/// and sent to comparison, which merges or moves and recomputes conflicts; the desk shows the result when it arrives.
/// </summary>
[Authorize(Policy = EditorDesk.EditorPolicy)]
public sealed class EditStoryModel(StoryViewRepository views, IPublishEndpoint publish, TimeProvider clock) : PageModel
{
    public Guid StoryId { get; private set; }

    public string Error { get; private set; } = "";

    public IActionResult OnGet(Guid storyId) => Redirect($"/desk/stories/{storyId}");

    public async Task<IActionResult> OnPostMergeAsync(Guid storyId, Guid? into, CancellationToken ct)
    {
        StoryId = storyId;
        if (await views.FindAsync(storyId, ct) is null)
            return Refuse(404, $"No story has the id {storyId}; it may have been merged already.");
        if (into is not { } target || target == storyId)
            return Refuse(400, "Choose another story to merge this one into.");
        if (await views.FindAsync(target, ct) is null)
            return Refuse(404, $"No story has the id {target}; it may have been merged already.");

        await publish.Publish(new StoryMergeRequested { StoryId = storyId, IntoStoryId = target, RequestedBy = Editor, RequestedAt = clock.GetUtcNow() }, ct);
        TempData["Notice"] = "Merge requested: the other story's articles and conflicts appear here in a moment.";
        return Redirect($"/desk/stories/{target}");
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid storyId, Guid articleId, string? to, CancellationToken ct)
    {
        StoryId = storyId;
        if (await views.FindAsync(storyId, ct) is not { } story || story.Articles.All(a => a.Id != articleId))
            return Refuse(404, "That article is not in this story (any more).");
        Guid? target = null;
        if (to != "new")
        {
            if (!Guid.TryParse(to, out var id) || id == storyId)
                return Refuse(400, "Choose another story, or a new story, to move the article to.");
            if (await views.FindAsync(id, ct) is null)
                return Refuse(404, $"No story has the id {id}; it may have been merged already.");
            target = id;
        }

        await publish.Publish(new ArticleMoveRequested { ArticleId = articleId, StoryId = target, NewStory = target is null, RequestedBy = Editor, RequestedAt = clock.GetUtcNow() }, ct);
        TempData["Notice"] = "Move requested: the article leaves this story in a moment.";
        return Redirect($"/desk/stories/{storyId}");
    }

    private string Editor => User.FindFirstValue(ClaimTypes.Name) ?? "desk";

    private PageResult Refuse(int status, string error)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }
}
