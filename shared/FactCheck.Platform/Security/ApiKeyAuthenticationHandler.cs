using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Platform.Security;

/// <summary>
/// Reads the key from <c>X-Api-Key</c> or <c>Authorization: Bearer</c>, and answers refusals with
/// problem documents that say what to send.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request);
        if (presented is null)
            return AuthenticateResult.NoResult();
        var record = await keys.FindActiveAsync(presented, Context.RequestAborted);
        if (record is null)
            return AuthenticateResult.Fail("The API key is not known or has been revoked.");

        var identity = new ClaimsIdentity(
            [
                new Claim(ApiKeys.KeyIdClaim, record.Id.ToString()),
                new Claim(ClaimTypes.Name, record.Name),
                new Claim(ClaimTypes.Role, record.Role),
            ],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var detail = result.Failure?.Message
            ?? "This endpoint needs an API key: send it in the X-Api-Key header (create one with `factcheck keys create --role ingest`).";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "API key required", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var role = Context.User.FindFirst(ClaimTypes.Role)?.Value;
        return WriteProblemAsync(StatusCodes.Status403Forbidden, "API key not allowed here", $"A key with role '{role}' may not do this; ask an admin for a key with a higher role.");
    }

    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
            Response.Headers.WWWAuthenticate = "ApiKey";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    internal static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(ApiKeys.HeaderName, out var header) && !string.IsNullOrWhiteSpace(header))
            return header.ToString().Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }
}
