using FactCheck.Contracts;
using FactCheck.Extraction.Engine;

namespace FactCheck.Extraction;

/// <summary>Turns an accepted article into contract claims quoted from the submitted original.</summary>
public static class ArticleClaims
{
    public static IReadOnlyList<Claim> From(ArticleAccepted article) =>
        ClaimExtractor.Extract(article.Text, PublishedAt(article))
            .Select(claim => ToContract(claim, article))
            .ToList();

    /// <summary>When the article was published: as submitted, or else the date its dateline states.</summary>
    public static DateTimeOffset? PublishedAt(ArticleAccepted article) => article.PublishedAt ?? ClaimExtractor.Dateline(article.Opening);

    private static Claim ToContract(ExtractedClaim claim, ArticleAccepted article)
    {
        var (start, end) = SourceOffsets.ToSource(article.Segments, claim.SentenceStart, claim.SentenceEnd);
        return new Claim
        {
            Kind = claim.Kind,
            Slot = claim.Slot,
            Subject = claim.Subject,
            Value = claim.Value,
            Low = claim.Low,
            High = claim.High,
            Bound = claim.Bound,
            Unit = claim.Unit,
            Text = claim.Text,
            Display = claim.Display,
            Quote = article.Text[claim.SentenceStart..claim.SentenceEnd],
            Start = start,
            End = end,
            Attribution = claim.Attribution,
        };
    }
}
