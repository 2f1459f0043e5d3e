using FactCheck.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FactCheck.Intake.Endpoints;

public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapIntakeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/articles", SubmitAsync).WithName("SubmitArticle").RequireApiKey(ApiKeyRoles.Ingest);
        return app;
    }

    private static async Task<IResult> SubmitAsync(ArticleSubmission? submission, ArticleIntake intake, CancellationToken ct)
    {
        if (submission is null)
            return Results.Problem(statusCode: 400, title: "Missing article", detail: "Send a JSON object {outlet, title?, url?, publishedAt?, body}.");
        try
        {
            var result = await intake.SubmitAsync(submission, ct);
            return Results.Accepted($"/api/articles/{result.ArticleId}", new { id = result.ArticleId, result.Version, result.Duplicate });
        }
        catch (InvalidArticleException ex)
        {
            return Results.Problem(statusCode: ex.StatusCode, title: "Article not accepted", detail: ex.Message);
        }
    }
}
