using System.Security.Claims;
using FactCheck.Platform.Security;
using FactCheck.Review.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Review.Pages.Desk;

/// <summary>The target of the confirm/dismiss forms: editors only, antiforgery-checked like every page POST.</summary>
[Authorize(Policy = EditorDesk.EditorPolicy)]
public sealed class DecideModel(ConflictDesk desk) : PageModel
{
    public Guid StoryId { get; private set; }

    public string Error { get; private set; } = "";

    public IActionResult OnGet(Guid storyId) => Redirect($"/desk/stories/{storyId}");

    public async Task<IActionResult> OnPostAsync(Guid storyId, Guid conflictId, string? decision, string? note, CancellationToken ct)
    {
        StoryId = storyId;
        try
        {
            var recorded = await desk.DecideAsync(storyId, conflictId, decision, note, User.FindFirstValue(ClaimTypes.Name) ?? "desk", ct);
            TempData["Notice"] = $"Conflict {recorded.Verdict}.";
            return Redirect($"/desk/stories/{storyId}");
        }
        catch (InvalidDecisionException ex)
        {
            Error = ex.Message;
            Response.StatusCode = ex.StatusCode;
            return Page();
        }
    }
}
