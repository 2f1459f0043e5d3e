using FactCheck.Contracts;
using FactCheck.Extraction.Data;
using FactCheck.Platform.Telemetry;
using MassTransit;

namespace FactCheck.Extraction.Consumers;

public sealed class ArticleAcceptedConsumer(ExtractionRepository extractions, TimeProvider clock) : IConsumer<ArticleAccepted>
{
    public async Task Consume(ConsumeContext<ArticleAccepted> context)
    {
        var article = context.Message;
        using var activity = FactCheckTelemetry.Source.StartActivity("extract claims");
        var claims = ArticleClaims.From(article);
        activity?.SetTag("factcheck.claims", claims.Count);
        FactCheckMetrics.ClaimsPerArticle.Record(claims.Count);

        await extractions.SaveAsync(article.ArticleId, article.Version, claims, clock.GetUtcNow(), context.CancellationToken);

        await context.Publish(new ClaimsExtracted
        {
            ArticleId = article.ArticleId,
            Version = article.Version,
            Outlet = article.Outlet,
            Doc = article.Doc,
            Title = article.Title,
            Url = article.Url,
            PublishedAt = ArticleClaims.PublishedAt(article),
            AcceptedAt = article.AcceptedAt,
            Fingerprint = article.Fingerprint,
            Text = article.Text,
            Claims = claims,
        }, context.CancellationToken);
    }
}
