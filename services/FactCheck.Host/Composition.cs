using FactCheck.Alerts;
using FactCheck.Alerts.Endpoints;
using FactCheck.Comparison;
using FactCheck.Comparison.Drafts;
using FactCheck.Comparison.Endpoints;
using FactCheck.Extraction;
using FactCheck.Intake;
using FactCheck.Intake.Endpoints;
using FactCheck.Platform.Hosting;
using FactCheck.Platform.Messaging;
using FactCheck.Platform.Security;
using FactCheck.Review;
using FactCheck.Review.Endpoints;

namespace FactCheck.Host;

/// <summary>Composes the chosen roles into one process; the same code runs embedded or distributed.</summary>
public static class Composition
{
    public static IHostApplicationBuilder AddRoles(this IHostApplicationBuilder builder, IReadOnlySet<string> roles)
    {
        builder.AddFactCheckDefaults("factcheck-" + string.Join('-', roles.Order()));
        if (roles.Contains(Roles.Intake))
            builder.AddIntake();
        if (roles.Contains(Roles.Extraction))
            builder.AddExtraction();
        if (roles.Contains(Roles.Comparison))
        {
            builder.AddComparison();
            builder.Services.AddSingleton<IDraftClaimReader, DraftClaims>();
        }
        if (roles.Contains(Roles.Alerts))
            builder.AddAlerts();
        if (roles.Contains(Roles.Review))
            builder.AddReview();
        builder.Services.AddFactCheckBus(builder.Configuration);
        return builder;
    }

    /// <summary>The review desk's pages, with the subscription pages when Alerts runs in the same process.</summary>
    public static IHostApplicationBuilder AddDesk(this IHostApplicationBuilder builder, IReadOnlySet<string> roles)
    {
        if (roles.Contains(Roles.Review))
            builder.Services.AddReviewDesk(roles.Contains(Roles.Alerts) ? [typeof(AlertsModule).Assembly] : []);
        return builder;
    }

    public static WebApplication MapRoles(this WebApplication app, IReadOnlySet<string> roles)
    {
        if (roles.Contains(Roles.Intake))
            app.MapIntakeEndpoints();
        if (roles.Contains(Roles.Comparison))
            app.MapComparisonEndpoints().MapStoryEditEndpoints();
        if (roles.Contains(Roles.Alerts))
            app.MapAlertsEndpoints().RequireApiKey(ApiKeyRoles.Editor);
        if (roles.Contains(Roles.Review))
        {
            app.MapReviewEndpoints();
            app.MapRazorPages();
            app.MapGet("/", () => Results.Redirect("/desk")).ExcludeFromDescription();
        }

        return app;
    }
}
