using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FactCheck.Contracts;
using FactCheck.Intake.Cleaning;
using FactCheck.Intake.Data;
using FactCheck.Intake.Fingerprints;
using FactCheck.Intake.Outbox;
using FactCheck.Platform.Telemetry;
using MassTransit;

namespace FactCheck.Intake;

/// <summary>The one path every article takes in, whatever it came through: validate, clean, dedupe, store, announce.</summary>
public sealed class ArticleIntake(ArticleRepository articles, OutboxSignal outbox, TimeProvider clock)
{
    private const int MaxOutletLength = 200;
    private const int MaxTitleLength = 1000;
    private const int MaxUrlLength = 2048;

    public async Task<IntakeResult> SubmitAsync(ArticleSubmission submission, CancellationToken ct)
    {
        using var activity = FactCheckTelemetry.Source.StartActivity("intake article");
        var outlet = string.IsNullOrWhiteSpace(submission.Outlet) ? DocName(submission) : submission.Outlet.Trim();
        try
        {
            var result = await AcceptAsync(submission, ct);
            activity?.SetTag("factcheck.article_id", result.ArticleId);
            FactCheckMetrics.Articles.Add(1, FactCheckMetrics.Tags(("outlet", outlet), ("outcome", result.Duplicate ? "duplicate" : "accepted")));
            return result;
        }
        catch (InvalidArticleException ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            FactCheckMetrics.Articles.Add(1, FactCheckMetrics.Tags(("outlet", outlet), ("outcome", "rejected")));
            throw;
        }
    }

    private async Task<IntakeResult> AcceptAsync(ArticleSubmission submission, CancellationToken ct)
    {
        if (submission.Body is not { } body || string.IsNullOrWhiteSpace(body))
            throw new InvalidArticleException("The article has no body: send the text (or HTML) of the article in 'body'.");
        var format = submission.Format?.Trim().ToLowerInvariant();
        if (format is not (null or "" or "text" or "html"))
            throw new InvalidArticleException($"Unknown format '{submission.Format}': use 'text' or 'html'.");

        if (submission.Url is { } url && (url.Length > MaxUrlLength || !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")))
            throw new InvalidArticleException($"'url' must be an absolute http(s) address of at most {MaxUrlLength} characters; got '{Shorten(url)}'.");
        if (submission.Outlet?.Length > MaxOutletLength || submission.Doc?.Length > MaxOutletLength)
            throw new InvalidArticleException($"'outlet' and 'doc' are names of at most {MaxOutletLength} characters.");
        if (submission.Title?.Length > MaxTitleLength)
            throw new InvalidArticleException($"'title' is at most {MaxTitleLength} characters.");

        var isHtml = format == "html" || (format is null or "" && HtmlText.LooksLikeHtml(body));
        var page = isHtml ? ReadPage(body) : null;
        if (page is not null)
            submission = WithPageMetadata(submission, page.Metadata);
        var cleaned = TextCleaner.Clean(page?.Text ?? body);
        if (page is not null)
            cleaned = cleaned with { Segments = page.ToSource(cleaned.Segments) };
        if (cleaned.Text.Length == 0)
            throw new InvalidArticleException("Nothing of the article is left after removing page furniture: no paragraph of running text was found.", 422);

        var doc = DocName(submission);
        var outlet = string.IsNullOrWhiteSpace(submission.Outlet) ? doc : submission.Outlet.Trim();
        var contentHash = Hash(outlet + "\n" + cleaned.Text);

        var previous = submission.Url is null ? null : await articles.FindLatestByUrlAsync(outlet, submission.Url, ct);
        var removed = (page?.Removed ?? []).Concat(cleaned.Removed).ToList();
        var row = new ArticleRow
        {
            Id = previous?.Id ?? NewId.NextGuid(),
            Version = (previous?.Version ?? 0) + 1,
            Outlet = outlet,
            Doc = doc,
            Title = string.IsNullOrWhiteSpace(submission.Title) ? Cut(cleaned.Headline, MaxTitleLength) : submission.Title.Trim(),
            Author = submission.Author?.Trim(),
            Url = submission.Url,
            PublishedAt = submission.PublishedAt,
            AcceptedAt = clock.GetUtcNow(),
            ContentHash = contentHash,
            Original = body,
            Cleaned = cleaned.Text,
            Fingerprint = SimHash.Compute(cleaned.Text),
            Removed = JsonSerializer.Serialize(removed),
        };
        // The content hash is unique, so the insert is the duplicate check: a new article costs no look-up first.
        // Refused with no such content stored, another version of the url won the race: number after it.
        if (!await articles.TryInsertAsync(row, OutboxMessage.For(ToEvent(row, cleaned, page?.Text ?? body), row.AcceptedAt), ct))
        {
            return await articles.FindByContentAsync(contentHash, ct) is { } same
                ? new IntakeResult(same.Id, same.Version, Duplicate: true)
                : await AcceptAsync(submission, ct);
        }

        outbox.Notify();
        FactCheckMetrics.RemovedCharacters.Add(removed.Sum(r => (long)r.Length), new KeyValuePair<string, object?>("outlet", outlet));
        return new IntakeResult(row.Id, row.Version, Duplicate: false);
    }

    private static HtmlArticle ReadPage(string html)
    {
        try
        {
            return HtmlText.Extract(html);
        }
        catch (HtmlTooDeepException ex)
        {
            throw new InvalidArticleException($"{ex.Message} No real article page does; send the page as served, or its text as text/plain.", 422);
        }
    }

    /// <summary>What the page says about itself wins; the request's fields fill the gaps.</summary>
    private static ArticleSubmission WithPageMetadata(ArticleSubmission submission, PageMetadata page) => submission with
    {
        Title = Cut(page.Title, MaxTitleLength) ?? submission.Title,
        Author = Cut(page.Author, MaxOutletLength) ?? submission.Author,
        PublishedAt = page.PublishedAt ?? submission.PublishedAt,
        Url = page.CanonicalUrl is { Length: <= MaxUrlLength } canonical ? canonical : submission.Url,
        Outlet = Cut(page.Outlet, MaxOutletLength) ?? submission.Outlet,
    };

    private static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..length];

    private static ArticleAccepted ToEvent(ArticleRow row, CleanedText cleaned, string read) => new()
    {
        ArticleId = row.Id,
        Version = row.Version,
        Outlet = row.Outlet,
        Doc = row.Doc,
        Title = row.Title,
        Url = row.Url,
        PublishedAt = row.PublishedAt,
        AcceptedAt = row.AcceptedAt,
        Opening = row.PublishedAt is null ? read[..Math.Min(read.Length, ArticleAccepted.OpeningLength)] : "",
        Text = cleaned.Text,
        Segments = cleaned.Segments,
        Fingerprint = row.Fingerprint,
    };

    private static string DocName(ArticleSubmission submission)
    {
        if (!string.IsNullOrWhiteSpace(submission.Doc))
            return submission.Doc.Trim();
        if (Uri.TryCreate(submission.Url, UriKind.Absolute, out var url))
            return url.Segments.LastOrDefault(s => s != "/")?.Trim('/') is { Length: > 0 } last ? last : url.Host;
        return string.IsNullOrWhiteSpace(submission.Outlet) ? "article" : submission.Outlet.Trim();
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
