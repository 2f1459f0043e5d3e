using FactCheck.Comparison.Drafts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FactCheck.Comparison.Endpoints;

public static class DraftEndpoints
{
    public static IEndpointRouteBuilder MapComparisonEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/drafts/check", CheckAsync).WithName("CheckDraft");
        return app;
    }

    private static async Task<IResult> CheckAsync(DraftSubmission? draft, DraftCheck check, CancellationToken ct)
    {
        if (draft is null)
            return Results.Problem(statusCode: 400, title: "Missing draft", detail: "Send a JSON object {text, title?, outlet?, publishedAt?}.");
        try
        {
            return Results.Ok(await check.CheckAsync(draft, ct));
        }
        catch (InvalidDraftException ex)
        {
            return Results.Problem(statusCode: 400, title: "Draft not checked", detail: ex.Message);
        }
    }
}
