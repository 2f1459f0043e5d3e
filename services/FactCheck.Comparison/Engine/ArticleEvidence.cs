using FactCheck.Contracts;

namespace FactCheck.Comparison.Engine;

/// <summary>What comparison knows of one article in a story.</summary>
public sealed record ArticleEvidence(
    Guid ArticleId, string Doc, string Outlet, DateTimeOffset? PublishedAt, long Fingerprint, IReadOnlyList<Claim> Claims)
{
    /// <summary>The article's headline, when known: a figure there is what most readers see, so a conflict on it weighs more.</summary>
    public string? Title { get; init; }
}
