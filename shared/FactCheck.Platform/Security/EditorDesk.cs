using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Platform.Security;

/// <summary>
/// Editors at the review desk sign in once with an API key and carry a cookie; pages that act (decisions,
/// subscriptions) ask for <see cref="EditorPolicy"/>: a signed-in key of role editor or higher, or nothing
/// while no key exists yet (as the API does).
/// </summary>
public static class EditorDesk
{
    public const string Scheme = "Desk";

    /// <summary>
    /// Requests that present a key are the API's; all others are read with the desk cookie, so a page and the
    /// form it posts see the same user (antiforgery tokens are bound to the user).
    /// </summary>
    public const string DefaultScheme = "DeskOrApiKey";
    public const string EditorPolicy = "desk:editor";
    public const string LoginPath = "/desk/login";

    /// <summary>The cookie scheme and the editor policy; the host adds the key store and handler with <c>AddApiKeys()</c>.</summary>
    public static IServiceCollection AddEditorDesk(this IServiceCollection services)
    {
        services.PostConfigure<AuthenticationOptions>(o => o.DefaultScheme = DefaultScheme);
        services.AddAuthentication()
            .AddPolicyScheme(DefaultScheme, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeys.HeaderName) || context.Request.Headers.Authorization.Count > 0 ? ApiKeys.Scheme : Scheme)
            .AddCookie(Scheme, o =>
        {
            o.LoginPath = LoginPath;
            o.AccessDeniedPath = LoginPath;
            o.Cookie.Name = "factcheck.desk";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
        });
        services.AddAuthorization(o => o.AddPolicy(EditorPolicy, p => p
            .AddAuthenticationSchemes(Scheme)
            .AddRequirements(new ApiKeyRoleRequirement(ApiKeyRoles.Editor))));
        return services;
    }

    /// <summary>Signs the holder of a live key in; false (and nobody signed in) when the key is unknown, revoked or below editor.</summary>
    public static async Task<bool> SignInAsync(HttpContext context, ApiKeyStore keys, string key, CancellationToken ct)
    {
        var record = await keys.FindActiveAsync(key.Trim(), ct);
        if (record is null || !ApiKeyRoles.Satisfies(record.Role, ApiKeyRoles.Editor))
            return false;
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, record.Name), new Claim(ClaimTypes.Role, record.Role), new Claim(ApiKeys.KeyIdClaim, record.Id.ToString())],
            Scheme);
        await context.SignInAsync(Scheme, new ClaimsPrincipal(identity));
        return true;
    }
}
