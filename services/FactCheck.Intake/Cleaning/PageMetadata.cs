using System.Globalization;
using System.Net;
using System.Text.Json;
using HtmlAgilityPack;

namespace FactCheck.Intake.Cleaning;

/// <summary>What a page says about itself in <c>og:*</c> and <c>article:*</c> meta tags, JSON-LD <c>NewsArticle</c> and <c>&lt;time&gt;</c>.</summary>
public sealed record PageMetadata
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Outlet { get; init; }

    internal static PageMetadata Read(HtmlDocument document)
    {
        var root = document.DocumentNode;
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in root.Descendants("meta"))
        {
            var key = tag.GetAttributeValue("property", null) ?? tag.GetAttributeValue("name", null) ?? tag.GetAttributeValue("itemprop", null);
            var content = tag.GetAttributeValue("content", null);
            if (key is not null && !string.IsNullOrWhiteSpace(content))
                meta.TryAdd(key.Trim(), Decode(content));
        }

        var ld = root.Descendants("script")
            .Where(s => s.GetAttributeValue("type", "").Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            .Select(s => LinkedData.Read(s.InnerText))
            .FirstOrDefault(d => d is not null);

        return new PageMetadata
        {
            Title = meta.GetValueOrDefault("og:title") ?? meta.GetValueOrDefault("twitter:title") ?? ld?.Headline
                ?? Text(root.Descendants("h1").FirstOrDefault()) ?? Text(root.Descendants("title").FirstOrDefault()),
            Author = ld?.Author ?? meta.GetValueOrDefault("author") ?? NotUrl(meta.GetValueOrDefault("article:author")) ?? Text(root.SelectSingleNode("//*[@rel='author']")),
            PublishedAt = Date(meta.GetValueOrDefault("article:published_time")) ?? Date(ld?.DatePublished) ?? Date(meta.GetValueOrDefault("datePublished"))
                ?? Date(root.SelectSingleNode("//*[@itemprop='datePublished']")?.GetAttributeValue("datetime", null))
                ?? root.Descendants("time").Select(t => Date(t.GetAttributeValue("datetime", null))).FirstOrDefault(d => d is not null),
            CanonicalUrl = HttpUrl(root.SelectSingleNode("//link[@rel='canonical']")?.GetAttributeValue("href", null)) ?? HttpUrl(meta.GetValueOrDefault("og:url")) ?? HttpUrl(ld?.Url),
            Outlet = meta.GetValueOrDefault("og:site_name") ?? ld?.Publisher ?? meta.GetValueOrDefault("application-name"),
        };
    }

    private static string Decode(string value) => WebUtility.HtmlDecode(value).Trim();

    private static string? Text(HtmlNode? node) => node is null || string.IsNullOrWhiteSpace(node.InnerText) ? null : Decode(node.InnerText);

    private static string? NotUrl(string? value) => value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : value;

    private static string? HttpUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url.ToString() : null;

    private static DateTimeOffset? Date(string? value) =>
        DateTimeOffset.TryParse(value?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    /// <summary>The fields of the first JSON-LD object typed as an article (top level, in an array, or in <c>@graph</c>).</summary>
    private sealed record LinkedData(string? Headline, string? Author, string? DatePublished, string? Url, string? Publisher)
    {
        public static LinkedData? Read(string json)
        {
            try
            {
                using var document = JsonDocument.Parse(WebUtility.HtmlDecode(json), new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                return Candidates(document.RootElement).Where(IsArticle).Select(From).FirstOrDefault();
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static IEnumerable<JsonElement> Candidates(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
                return element.EnumerateArray().SelectMany(Candidates);
            if (element.ValueKind != JsonValueKind.Object)
                return [];
            return element.TryGetProperty("@graph", out var graph) ? [element, .. Candidates(graph)] : [element];
        }

        private static bool IsArticle(JsonElement element) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty("@type", out var type)
            && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()])
                .Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t == "BlogPosting");

        private static LinkedData From(JsonElement article) => new(
            Headline: String(article, "headline") ?? String(article, "name"),
            Author: Names(article, "author"),
            DatePublished: String(article, "datePublished"),
            Url: String(article, "url") ?? Id(article, "mainEntityOfPage"),
            Publisher: Names(article, "publisher"));

        private static string? String(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;

        private static string? Id(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Object ? String(value, "@id") ?? String(value, "url") : null : null;

        /// <summary>A person or organisation given as a string, an object with <c>name</c>, or an array of either.</summary>
        private static string? Names(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var value))
                return null;
            var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
                .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Object ? String(v, "name") : null)
                .Where(n => !string.IsNullOrWhiteSpace(n))
                .ToList();
            return names.Count == 0 ? null : string.Join(", ", names);
        }
    }
}
