using System.Text.Json;
using System.Text.Json.Serialization;
using FactCheck.Intake.Data;
using FactCheck.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace FactCheck.Intake.Endpoints;

public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapIntakeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/articles", SubmitAsync).WithName("SubmitArticle").RequireApiKey(ApiKeyRoles.Ingest);
        app.MapPost("/api/articles/batch", SubmitBatchAsync).WithName("SubmitArticleBatch").RequireApiKey(ApiKeyRoles.Ingest);
        app.MapGet("/api/articles/{id:guid}", GetAsync).WithName("GetArticle");
        return app;
    }

    private static async Task<IResult> SubmitAsync(HttpRequest request, ArticleIntake intake, IOptions<IntakeOptions> options, CancellationToken ct)
    {
        var (submission, error) = await ArticleRequests.ReadOneAsync(request, options.Value.MaxBodyBytes, ct);
        if (error is not null)
            return error.ToResult();
        var (result, refused) = await SubmitOneAsync(intake, submission!, ct);
        return refused?.ToResult() ?? Results.Accepted($"/api/articles/{result!.ArticleId}", new { id = result.ArticleId, result.Version, result.Duplicate });
    }

    private static async Task<IResult> SubmitBatchAsync(HttpRequest request, ArticleIntake intake, IOptions<IntakeOptions> options, CancellationToken ct)
    {
        var settings = options.Value;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = settings.MaxBatchBytes;
        var (items, error) = await ArticleRequests.ReadBatchAsync(request, settings.MaxBatchBytes, settings.MaxBatchCount, ct);
        if (error is not null)
            return error.ToResult();

        var results = new List<BatchItemResult>(items.Count);
        for (var index = 0; index < items.Count; index++)
        {
            var (submission, invalid) = ArticleRequests.ParseJson(items[index]);
            var (result, refused) = invalid is null ? await SubmitOneAsync(intake, submission!, ct) : (null, invalid);
            results.Add(refused is null
                ? new BatchItemResult(index, StatusCodes.Status202Accepted) { Id = result!.ArticleId, Version = result.Version, Duplicate = result.Duplicate }
                : new BatchItemResult(index, refused.Status) { Title = refused.Title, Detail = refused.Detail });
        }

        return Results.Ok(new { accepted = results.Count(r => r.Status == StatusCodes.Status202Accepted), results });
    }

    private static async Task<(IntakeResult? Result, RequestError? Error)> SubmitOneAsync(ArticleIntake intake, ArticleSubmission submission, CancellationToken ct)
    {
        try
        {
            return (await intake.SubmitAsync(submission, ct), null);
        }
        catch (InvalidArticleException ex)
        {
            return (null, new RequestError(ex.StatusCode, "Article not accepted", ex.Message));
        }
    }

    private static async Task<IResult> GetAsync(Guid id, int? version, ArticleRepository articles, CancellationToken ct)
    {
        var versions = await articles.VersionsAsync(id, ct);
        if (versions.Count == 0)
            return Results.Problem(statusCode: 404, title: "Article not found", detail: $"No article has the id {id}.");
        var row = versions.FirstOrDefault(v => v.Version == (version ?? versions[^1].Version));
        if (row is null)
            return Results.Problem(statusCode: 404, title: "Version not found", detail: $"Article {id} has versions {string.Join(", ", versions.Select(v => v.Version))}; there is no version {version}.");
        return Results.Ok(new
        {
            id = row.Id,
            row.Version,
            versions = versions.Select(v => new { v.Version, v.AcceptedAt }),
            row.Outlet,
            row.Doc,
            row.Title,
            row.Author,
            row.Url,
            row.PublishedAt,
            row.AcceptedAt,
            row.Fingerprint,
            row.Original,
            row.Cleaned,
            removed = JsonSerializer.Deserialize<string[]>(row.Removed),
        });
    }
}

/// <summary>What happened to one article of a batch: its own status, and its id or the reason it was refused.</summary>
internal sealed record BatchItemResult(int Index, int Status)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Guid? Id { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Version { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Duplicate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Detail { get; init; }
}
