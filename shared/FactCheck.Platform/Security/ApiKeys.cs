using System.Globalization;
using System.Threading.RateLimiting;
using FactCheck.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FactCheck.Platform.Security;

/// <summary>
/// API keys for write endpoints, shared by every service.
/// <para>
/// Host: <c>builder.Services.AddApiKeys()</c>, then <c>app.UseApiKeys()</c> after routing.
/// Endpoint: <c>app.MapPost(...).RequireApiKey(ApiKeyRoles.Editor)</c> — needs a key of that role or higher
/// (in <c>X-Api-Key</c> or <c>Authorization: Bearer</c>) once any key has been created, answers 401/403
/// problem documents otherwise, and limits each key to <c>ApiKeys:PermitLimit</c> requests per
/// <c>ApiKeys:WindowSeconds</c> (429 with <c>Retry-After</c>). Keys: <c>factcheck keys create --role editor</c>.
/// </para>
/// </summary>
public static class ApiKeys
{
    public const string Schema = "security";
    public const string Scheme = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string KeyIdClaim = "factcheck:key_id";
    public const string RateLimitPolicy = "api-key";

    private static string PolicyName(string role) => "api-key:" + role;

    /// <summary>Only the key store and its database; enough for the <c>keys</c> command.</summary>
    public static IServiceCollection AddApiKeyStore(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ApiKeyStore)))
            return services;
        services.AddModuleDatabase(Schema, typeof(ApiKeys).Assembly);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyStore>();
        return services;
    }

    /// <summary>The store, the <c>ApiKey</c> authentication scheme, one policy per role and the per-key rate limiter.</summary>
    public static IServiceCollection AddApiKeys(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ApiKeyRoleHandler)))
            return services;
        services.AddApiKeyStore();
        services.AddProblemDetails();
        services.AddOptions<ApiKeyOptions>()
            .BindConfiguration(ApiKeyOptions.Section)
            .Validate(o => o.PermitLimit > 0 && o.WindowSeconds > 0, "ApiKeys:PermitLimit and ApiKeys:WindowSeconds must be positive.")
            .ValidateOnStart();
        services.AddAuthentication(o => o.DefaultScheme ??= Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(Scheme, null);
        services.AddSingleton<IAuthorizationHandler, ApiKeyRoleHandler>();
        services.AddAuthorization(o =>
        {
            foreach (var role in ApiKeyRoles.All)
                o.AddPolicy(PolicyName(role), p => p.AddAuthenticationSchemes(Scheme).AddRequirements(new ApiKeyRoleRequirement(role)));
        });
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(RateLimitPolicy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<ApiKeyOptions>>().Value;
                var partition = context.User.FindFirst(KeyIdClaim)?.Value ?? "address:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.PermitLimit,
                    Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>Authentication, then the rate limiter (so it can tell keys apart), then authorization.</summary>
    public static IApplicationBuilder UseApiKeys(this IApplicationBuilder app) =>
        app.UseAuthentication().UseRateLimiter().UseAuthorization();

    /// <summary>Protects an endpoint (or group) with a key of at least <paramref name="role"/> and the per-key rate limit.</summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder, string role)
        where TBuilder : IEndpointConventionBuilder
    {
        if (!ApiKeyRoles.IsKnown(role))
            throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        return builder.RequireAuthorization(PolicyName(role)).RequireRateLimiting(RateLimitPolicy);
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : TimeSpan.FromSeconds(context.RequestServices.GetRequiredService<IOptions<ApiKeyOptions>>().Value.WindowSeconds);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This key has used its requests for now; retry after {seconds} s.",
            },
        });
    }
}
