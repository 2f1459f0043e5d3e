using FactCheck.Contracts;

namespace FactCheck.Review;

/// <summary>A story as editors and the <c>check</c> command see it.</summary>
public sealed record StoryView(Guid Id, string Title, IReadOnlyList<ArticleView> Articles, IReadOnlyList<Conflict> Conflicts, DateTimeOffset UpdatedAt = default);

public sealed record ArticleView(Guid Id, string Doc, string Outlet, string? Title, string? Url, DateTimeOffset? PublishedAt, int ClaimCount, Guid VoiceId = default, int Version = 1);
