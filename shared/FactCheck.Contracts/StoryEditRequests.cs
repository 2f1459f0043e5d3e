namespace FactCheck.Contracts;

/// <summary>An editor asked (on the review desk) for a story to be merged into another; comparison carries it out.</summary>
public sealed record StoryMergeRequested
{
    public Guid StoryId { get; init; }
    public Guid IntoStoryId { get; init; }
    public string RequestedBy { get; init; } = "";
    public DateTimeOffset RequestedAt { get; init; }
}

/// <summary>An editor asked (on the review desk) for an article to move to another story or to a new one of its own.</summary>
public sealed record ArticleMoveRequested
{
    public Guid ArticleId { get; init; }

    /// <summary>The story to move to; null with <see cref="NewStory"/> set.</summary>
    public Guid? StoryId { get; init; }

    public bool NewStory { get; init; }
    public string RequestedBy { get; init; } = "";
    public DateTimeOffset RequestedAt { get; init; }
}
