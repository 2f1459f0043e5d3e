namespace FactCheck.Contracts;

/// <summary>Intake stored an article (or a new version of one) and its cleaned text is ready for extraction.</summary>
public sealed record ArticleAccepted
{
    /// <summary>Correlation id: the article's id, stable across versions.</summary>
    public Guid ArticleId { get; init; }

    /// <summary>1 for the first submission; a changed re-submission of the same URL is the next version.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The outlet that published it (for files without metadata, the file name).</summary>
    public string Outlet { get; init; } = "";

    /// <summary>The name the article was submitted under (a file name, or the URL's last segment); used in reports.</summary>
    public string Doc { get; init; } = "";

    public string? Title { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset AcceptedAt { get; init; }

    /// <summary>
    /// The start of the text the article was read from, sent only when no publication time is known: its dateline
    /// ("March 3, 2025 | 09:10 GMT") is often a line of its own that cleaning drops, and extraction reads the date there.
    /// </summary>
    public string Opening { get; init; } = "";

    /// <summary>How far down an article a dateline is looked for: intake sends this much, extraction reads no further.</summary>
    public const int OpeningLength = 400;

    /// <summary>The article body after boilerplate removal.</summary>
    public string Text { get; init; } = "";

    /// <summary>Where each piece of <see cref="Text"/> stands in the submitted original, so quotes keep their source offsets.</summary>
    public IReadOnlyList<TextSegment> Segments { get; init; } = [];

    /// <summary>64-bit SimHash of the cleaned text: syndicated copies of one wire story lie a few bits apart.</summary>
    public long Fingerprint { get; init; }
}

/// <summary>A run of <c>Length</c> characters at <c>CleanStart</c> in the cleaned text copied verbatim from <c>SourceStart</c> in the original.</summary>
public sealed record TextSegment(int CleanStart, int SourceStart, int Length);
