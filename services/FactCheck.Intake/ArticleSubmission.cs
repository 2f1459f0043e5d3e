namespace FactCheck.Intake;

/// <summary>An article as a client submits it, over HTTP or from a file.</summary>
public sealed record ArticleSubmission
{
    public string? Outlet { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? Author { get; init; }
    public string? Body { get; init; }

    /// <summary><c>text</c> or <c>html</c>; detected from the body when absent.</summary>
    public string? Format { get; init; }

    /// <summary>The name reports use for the article: the file name for files, else derived from the URL or outlet.</summary>
    public string? Doc { get; init; }
}

/// <summary>What intake did with a submission.</summary>
public sealed record IntakeResult(Guid ArticleId, int Version, bool Duplicate);

/// <summary>A submission intake refuses, with the reason a client can act on.</summary>
public sealed class InvalidArticleException(string detail, int statusCode = 400) : Exception(detail)
{
    public int StatusCode { get; } = statusCode;
}
