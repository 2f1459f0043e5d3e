namespace FactCheck.Contracts;

/// <summary>
/// An editor changed a story's membership (merged it into another or moved an article in or out), and its
/// conflicts were recomputed. Readers replace the story's state with this one when the revision is newer;
/// a story with <see cref="MergedInto"/> is gone and redirects to that story.
/// </summary>
public sealed record StoryRevised
{
    public Guid StoryId { get; init; }

    /// <summary>The story's revision after the change (same sequence as <see cref="ArticleCompared.StoryRevision"/>).</summary>
    public long StoryRevision { get; init; }

    public string StoryTitle { get; init; } = "";

    /// <summary>When set, the story was absorbed by (or emptied into) this story; its articles belong there now.</summary>
    public Guid? MergedInto { get; init; }

    /// <summary>The articles the story holds after the change.</summary>
    public IReadOnlyList<Guid> ArticleIds { get; init; } = [];

    /// <summary>Every conflict the story holds after the change.</summary>
    public IReadOnlyList<Conflict> Conflicts { get; init; } = [];

    /// <summary>Why, for people: "merged into …", "article … moved to …".</summary>
    public string Reason { get; init; } = "";

    public DateTimeOffset RevisedAt { get; init; }
}
