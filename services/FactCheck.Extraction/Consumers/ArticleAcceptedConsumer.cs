using FactCheck.Contracts;
using FactCheck.Extraction.Data;
using MassTransit;

namespace FactCheck.Extraction.Consumers;

public sealed class ArticleAcceptedConsumer(ExtractionRepository extractions, TimeProvider clock) : IConsumer<ArticleAccepted>
{
    public async Task Consume(ConsumeContext<ArticleAccepted> context)
    {
        var article = context.Message;
        var claims = ArticleClaims.From(article);

        await extractions.SaveAsync(article.ArticleId, article.Version, claims, clock.GetUtcNow(), context.CancellationToken);

        await context.Publish(new ClaimsExtracted
        {
            ArticleId = article.ArticleId,
            Version = article.Version,
            Outlet = article.Outlet,
            Doc = article.Doc,
            Title = article.Title,
            Url = article.Url,
            PublishedAt = article.PublishedAt,
            AcceptedAt = article.AcceptedAt,
            Fingerprint = article.Fingerprint,
            Text = article.Text,
            Claims = claims,
        }, context.CancellationToken);
    }
}
