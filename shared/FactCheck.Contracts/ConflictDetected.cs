namespace FactCheck.Contracts;

/// <summary>Sources disagree on one slot of a story; published once per conflict (re-published unchanged on redelivery).</summary>
public sealed record ConflictDetected
{
    public Guid ConflictId { get; init; }
    public Guid StoryId { get; init; }
    public string StoryTitle { get; init; } = "";
    public Conflict Conflict { get; init; } = new();
    public DateTimeOffset DetectedAt { get; init; }
}

/// <summary>A conflict that no longer holds (an article was corrected) or that an editor closed.</summary>
public sealed record ConflictResolved
{
    public Guid ConflictId { get; init; }
    public Guid StoryId { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset ResolvedAt { get; init; }
}

/// <summary>Comparison placed an article in a story and recomputed the story's conflicts.</summary>
public sealed record ArticleCompared
{
    public Guid ArticleId { get; init; }
    public int Version { get; init; } = 1;
    public Guid StoryId { get; init; }

    /// <summary>Grows by one each time the story changes, so readers can ignore stale deliveries.</summary>
    public long StoryRevision { get; init; }

    public string StoryTitle { get; init; } = "";
    public string Doc { get; init; } = "";
    public string Outlet { get; init; } = "";
    public string? Title { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Articles that are copies of one wire story share a voice id.</summary>
    public Guid VoiceId { get; init; }

    public int ClaimCount { get; init; }

    /// <summary>Every conflict the story holds now (replaces what a reader had).</summary>
    public IReadOnlyList<Conflict> Conflicts { get; init; } = [];

    /// <summary>
    /// Stories found to be this one when the article arrived and merged into it: readers drop them and
    /// send their articles and links here. Empty for most articles.
    /// </summary>
    public IReadOnlyList<Guid> MergedStoryIds { get; init; } = [];
}

/// <summary>A disagreement an editor can read: what, how hard, and each side's sources with their quotes.</summary>
public sealed record Conflict
{
    public Guid Id { get; init; }
    public string Kind { get; init; } = "";
    public string Slot { get; init; } = "";

    /// <summary><c>high</c>, <c>medium</c> or <c>low</c>.</summary>
    public string Severity { get; init; } = "medium";

    /// <summary>One line for an editor: "Death toll: 340,000 (2 voices) vs 300,000 (1 voice)".</summary>
    public string Summary { get; init; } = "";

    public IReadOnlyList<ConflictSide> Sides { get; init; } = [];

    /// <summary>
    /// What kind of disagreement: <c>contradiction</c>; <c>stale</c> (a growing figure reported lower
    /// earlier); <c>attribution</c> (each side quotes a different body); <c>transcription</c> (copies of
    /// one wire story differ); <c>spelling</c> (one name spelled differently).
    /// </summary>
    public string Finding { get; init; } = "contradiction";

    /// <summary>The value most independent voices give; null when no side has more voices than another.</summary>
    public string? Majority { get; init; }

    /// <summary>The values the other sides give.</summary>
    public IReadOnlyList<string> Outliers { get; init; } = [];

    /// <summary>Why the evidence may be split (e.g. "published 3 months apart; may be different rounds"); null when not.</summary>
    public string? Note { get; init; }

    /// <summary>A side's value stands in the headline of one of its articles (the figure most readers see).</summary>
    public bool Headline { get; init; }
}

public sealed record ConflictSide
{
    public string Value { get; init; } = "";
    public string Display { get; init; } = "";

    /// <summary>Independent voices on this side: syndicated copies of one wire story count once.</summary>
    public int Voices { get; init; }

    /// <summary>The body this side's sources credit, when they all credit the same one.</summary>
    public string? Attribution { get; init; }

    public IReadOnlyList<ConflictSource> Sources { get; init; } = [];
}

public sealed record ConflictSource
{
    public Guid ArticleId { get; init; }
    public string Doc { get; init; } = "";
    public string Outlet { get; init; } = "";
    public string Quote { get; init; } = "";
    public int Start { get; init; }
    public int End { get; init; }

    /// <summary>Copies of one wire story share a voice id (the id of the voice's first article).</summary>
    public Guid VoiceId { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }
}
