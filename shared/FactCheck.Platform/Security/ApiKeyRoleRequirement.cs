using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace FactCheck.Platform.Security;

/// <summary>Asks for a key of at least <see cref="Role"/> — but only once a key exists, so a fresh install works without one.</summary>
public sealed class ApiKeyRoleRequirement(string role) : IAuthorizationRequirement
{
    public string Role { get; } = role;
}

public sealed class ApiKeyRoleHandler(ApiKeyStore keys) : AuthorizationHandler<ApiKeyRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiKeyRoleRequirement requirement)
    {
        var held = context.User.FindFirst(ClaimTypes.Role)?.Value;
        if (held is not null && ApiKeyRoles.Satisfies(held, requirement.Role))
        {
            context.Succeed(requirement);
            return;
        }

        var ct = (context.Resource as HttpContext)?.RequestAborted ?? CancellationToken.None;
        if (held is null && !await keys.AnyAsync(ct))
            context.Succeed(requirement);
    }
}
