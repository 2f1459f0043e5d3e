using FactCheck.Comparison.Drafts;
using FactCheck.Contracts;
using FactCheck.Extraction;

namespace FactCheck.Host;

/// <summary>Claims of a draft, read by the same extraction engine that reads published articles.</summary>
public sealed class DraftClaims : IDraftClaimReader
{
    public IReadOnlyList<Claim> Read(string? title, string text, DateTimeOffset? publishedAt) =>
        ArticleClaims.From(new ArticleAccepted
        {
            Title = title,
            Text = text,
            PublishedAt = publishedAt,
            Segments = [new TextSegment(0, 0, text.Length)],
        });
}
