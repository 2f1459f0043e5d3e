using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FactCheck.Intake.Endpoints;

/// <summary>Why a request (or one item of a batch) cannot be read; becomes a problem document.</summary>
internal sealed record RequestError(int Status, string Title, string Detail)
{
    public IResult ToResult() => Results.Problem(statusCode: Status, title: Title, detail: Detail);
}

/// <summary>Turns the body of a POST into submissions, or into the reason it cannot be read.</summary>
internal static class ArticleRequests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Shape = "Send JSON {outlet, title?, url?, publishedAt?, body, format?}, or the article itself as text/plain or text/html with outlet, title, url and publishedAt as query parameters.";

    /// <summary>One article: JSON, or a raw text/HTML body with its metadata in the query string.</summary>
    public static async Task<(ArticleSubmission? Submission, RequestError? Error)> ReadOneAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        var (text, mediaType, error) = await ReadBodyAsync(request, maxBytes, ct);
        if (error is not null)
            return (null, error);
        if (IsJson(mediaType))
            return ParseJson(text);
        if (mediaType is not ("text/plain" or "text/html"))
            return (null, new RequestError(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", $"Content type '{request.ContentType}' is not accepted. {Shape}"));

        var query = request.Query;
        DateTimeOffset? publishedAt = null;
        if (query["publishedAt"].ToString() is { Length: > 0 } published)
        {
            if (!DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                return (null, new RequestError(400, "Article not accepted", $"Query parameter publishedAt '{published}' is not a date; use ISO 8601, e.g. 2024-02-06T05:06:00Z."));
            publishedAt = parsed;
        }

        return (new ArticleSubmission
        {
            Outlet = Optional(query["outlet"]),
            Title = Optional(query["title"]),
            Author = Optional(query["author"]),
            Url = Optional(query["url"]),
            Doc = Optional(query["doc"]),
            PublishedAt = publishedAt,
            Body = text,
            Format = mediaType == "text/html" ? "html" : "text",
        }, null);
    }

    /// <summary>A batch: JSON <c>{"articles": [...]}</c> or a bare array; returns each item's JSON, read later on its own so one bad item spoils nothing else.</summary>
    public static async Task<(IReadOnlyList<string> Items, RequestError? Error)> ReadBatchAsync(HttpRequest request, long maxBytes, int maxCount, CancellationToken ct)
    {
        var (text, mediaType, error) = await ReadBodyAsync(request, maxBytes, ct);
        if (error is not null)
            return ([], error);
        if (!IsJson(mediaType))
            return ([], new RequestError(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", $"A batch is JSON {{\"articles\": [{{outlet, title?, url?, publishedAt?, body, format?}}, ...]}}; got '{request.ContentType}'."));

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return ([], new RequestError(400, "Malformed JSON", $"The body is not valid JSON ({ex.Message})."));
        }

        using (document)
        {
            var root = document.RootElement;
            var array = root.ValueKind == JsonValueKind.Array ? root
                : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("articles", out var articles) ? articles
                : default;
            if (array.ValueKind != JsonValueKind.Array)
                return ([], new RequestError(400, "Malformed batch", "Send {\"articles\": [...]} (or a JSON array) of article objects."));
            var count = array.GetArrayLength();
            if (count == 0)
                return ([], new RequestError(400, "Empty batch", "The batch holds no articles."));
            if (count > maxCount)
                return ([], new RequestError(StatusCodes.Status413PayloadTooLarge, "Batch too large", $"A batch holds at most {maxCount} articles (Intake:MaxBatchCount); this one holds {count}. Split it."));
            return (array.EnumerateArray().Select(item => item.GetRawText()).ToList(), null);
        }
    }

    public static (ArticleSubmission? Submission, RequestError? Error) ParseJson(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<ArticleSubmission>(text, Json) is { } submission
                ? (submission, null)
                : (null, new RequestError(400, "Missing article", Shape));
        }
        catch (JsonException ex)
        {
            return (null, new RequestError(400, "Malformed JSON", $"The body is not a valid article ({ex.Message}). {Shape}"));
        }
    }

    private static async Task<(string Text, string? MediaType, RequestError? Error)> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
            return ("", null, TooLarge(maxBytes));
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || contentType.MediaType.Value is not { } mediaType)
            return ("", null, new RequestError(StatusCodes.Status415UnsupportedMediaType, "Missing content type", $"Say what the body is with a Content-Type header. {Shape}"));

        using var buffer = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(buffer, ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ("", null, TooLarge(maxBytes));
        }

        if (buffer.Length > maxBytes)
            return ("", null, TooLarge(maxBytes));
        // Undecodable bytes become U+FFFD rather than an error: scraped pages often carry a few.
        var text = EncodingOf(contentType).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
        return (text, mediaType.ToLowerInvariant(), null);
    }

    private static Encoding EncodingOf(MediaTypeHeaderValue contentType)
    {
        try
        {
            return contentType.Encoding ?? Encoding.UTF8;
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    private static bool IsJson(string? mediaType) => mediaType is "application/json" || mediaType?.EndsWith("+json", StringComparison.Ordinal) == true;

    private static string? Optional(Microsoft.Extensions.Primitives.StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString();

    private static RequestError TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "Article too large", $"The body is larger than the {maxBytes} bytes accepted (Intake:MaxBodyBytes).");
}
