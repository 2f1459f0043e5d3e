using FactCheck.Intake;
using FactCheck.Platform.Health;
using FactCheck.Platform.Hosting;
using FactCheck.Platform.Security;
using Microsoft.Extensions.Options;

namespace FactCheck.Host;

/// <summary>The HTTP host of <c>factcheck serve</c>: defaults, roles, bus, then endpoints.</summary>
public static class ServeApp
{
    public const string DefaultUrls = "http://localhost:5080";

    public static WebApplication Build(string[] args, string? urls = null, string? roles = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseUrls(urls ?? builder.Configuration["urls"] ?? DefaultUrls);
        var chosen = Roles.Parse(roles ?? builder.Configuration["Roles"]);
        builder.AddRoles(chosen);
        builder.Services.AddProblemDetails();
        builder.Services.AddApiKeys();
        builder.AddDesk(chosen);
        builder.Services.AddFactCheckHealth();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.GetValue<long?>("Intake:MaxBodyBytes") ?? new IntakeOptions().MaxBodyBytes);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseApiKeys();
        app.MapFactCheckHealth();
        app.MapRoles(chosen);
        return app;
    }
}
