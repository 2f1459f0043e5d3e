using System.Security.Cryptography;
using System.Text;
using FactCheck.Comparison.Engine;
using FactCheck.Contracts;
using FactCheck.Extraction;
using FactCheck.Extraction.Engine;
using FactCheck.Intake.Cleaning;
using FactCheck.Intake.Fingerprints;

namespace FactCheck.Tests;

/// <summary>
/// A sample cluster as the evidence comparison sees for one story: each file cleaned, fingerprinted and its claims
/// extracted as the pipeline does, with ids drawn from the file names so that every run sees the same evidence.
/// For projects that reference Intake, Extraction and Comparison (not linked into the others).
/// </summary>
public static class SampleEvidence
{
    public static IReadOnlyList<string> Clusters(string samples) =>
        Directory.GetDirectories(samples).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<ArticleEvidence> Story(string samples, string cluster) =>
        Files(samples, cluster)
            .Select(path => Article(cluster + "/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();

    public static Guid IdOf(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));

    /// <summary>The cluster's articles as comparison receives them, in file-name order.</summary>
    public static IReadOnlyList<ClaimsExtracted> Messages(string samples, string cluster) =>
        Files(samples, cluster)
            .Select(path => Message(cluster + "/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();

    /// <summary>The cluster's articles, plain text and whole pages, in file-name order.</summary>
    public static IEnumerable<string> Files(string samples, string cluster) =>
        Directory.GetFiles(Path.Combine(samples, cluster)).Where(path => path.EndsWith(".txt", StringComparison.Ordinal) || path.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static ArticleEvidence Article(string doc, string body)
    {
        var message = Message(doc, body);
        return new ArticleEvidence(message.ArticleId, doc, doc, message.PublishedAt, message.Fingerprint, [.. message.Claims]) { Title = message.Title };
    }

    private static ClaimsExtracted Message(string doc, string body)
    {
        // A page is read the way intake reads it: its text and metadata out of the markup first.
        var page = HtmlText.LooksLikeHtml(body) ? HtmlText.Extract(body) : null;
        var cleaned = TextCleaner.Clean(page?.Text ?? body);
        if (page is not null)
            cleaned = cleaned with { Segments = page.ToSource(cleaned.Segments) };
        var accepted = new ArticleAccepted
        {
            ArticleId = IdOf(doc),
            Version = 1,
            Outlet = doc,
            Doc = doc,
            Title = page?.Metadata.Title ?? cleaned.Headline,
            PublishedAt = page?.Metadata.PublishedAt,
            Opening = page?.Text ?? body,
            Text = cleaned.Text,
            Segments = cleaned.Segments,
            Fingerprint = SimHash.Compute(cleaned.Text),
        };
        return new ClaimsExtracted
        {
            ArticleId = accepted.ArticleId,
            Version = 1,
            Outlet = doc,
            Doc = doc,
            Title = accepted.Title,
            PublishedAt = ArticleClaims.PublishedAt(accepted),
            Fingerprint = accepted.Fingerprint,
            Text = accepted.Text,
            Claims = ArticleClaims.From(accepted),
        };
    }
}
