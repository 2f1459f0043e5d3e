using FactCheck.Platform.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Review.Pages.Desk;

public sealed class LoginModel(ApiKeyStore keys) : PageModel
{
    public string? Error { get; private set; }

    public string ReturnUrl { get; private set; } = "/desk";

    public void OnGet(string? returnUrl) => ReturnUrl = Local(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? key, string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = Local(returnUrl);
        if (!string.IsNullOrWhiteSpace(key) && await EditorDesk.SignInAsync(HttpContext, keys, key, ct))
            return LocalRedirect(ReturnUrl);
        Error = "That key is unknown, revoked, or not an editor's key.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(EditorDesk.Scheme);
        return LocalRedirect("/desk");
    }

    private string Local(string? returnUrl) => returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/desk";
}
