using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace FactCheck.Intake.Feeds;

/// <summary>An entry of a feed: a stable key (guid or id, else the link), where its page is, and what the feed says about it.</summary>
public sealed record FeedItem(string Key, string? Link, string? Title, DateTimeOffset? PublishedAt, string? Content);

/// <summary>The channel or feed title and its items.</summary>
public sealed record ParsedFeed(string? Title, IReadOnlyList<FeedItem> Items);

public sealed class FeedFormatException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Reads RSS 2.0 and Atom 1.0. DTDs are ignored and external entities never resolved.</summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static ParsedFeed Parse(string xml)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1024 });
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new FeedFormatException($"The feed is not well-formed XML: {ex.Message}", ex);
        }

        var root = document.Root!;
        if (root.Name == Atom + "feed")
            return new ParsedFeed(Text(root.Element(Atom + "title")), root.Elements(Atom + "entry").Select(AtomItem).OfType<FeedItem>().ToList());
        if (root.Name.LocalName == "rss" && root.Element("channel") is { } channel)
            return new ParsedFeed(Text(channel.Element("title")), channel.Elements("item").Select(RssItem).OfType<FeedItem>().ToList());
        throw new FeedFormatException($"<{root.Name.LocalName}> is neither an RSS 2.0 <rss> nor an Atom <feed>.");
    }

    private static FeedItem? RssItem(XElement item)
    {
        var link = Text(item.Element("link"));
        var key = Text(item.Element("guid")) ?? link;
        return key is null ? null : new FeedItem(
            key,
            link,
            Text(item.Element("title")),
            Date(Text(item.Element("pubDate")) ?? Text(item.Element(DublinCore + "date"))),
            Text(item.Element(Content + "encoded")) ?? Text(item.Element("description")));
    }

    private static FeedItem? AtomItem(XElement entry)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var link = (links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault())?.Attribute("href")?.Value;
        var key = Text(entry.Element(Atom + "id")) ?? link;
        return key is null ? null : new FeedItem(
            key,
            link,
            Text(entry.Element(Atom + "title")),
            Date(Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated"))),
            Text(entry.Element(Atom + "content")) ?? Text(entry.Element(Atom + "summary")));
    }

    private static string? Text(XElement? element) => string.IsNullOrWhiteSpace(element?.Value) ? null : element.Value.Trim();

    /// <summary>RFC 822 dates (RSS) and ISO 8601 (Atom); zone names such as "GMT" and "EST" are what RSS feeds send.</summary>
    private static DateTimeOffset? Date(string? value)
    {
        if (value is null)
            return null;
        var normalised = value.Replace(" GMT", " +0000").Replace(" UT", " +0000").Replace(" EST", " -0500").Replace(" EDT", " -0400").Replace(" PST", " -0800").Replace(" PDT", " -0700");
        string[] formats = ["ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz"];
        if (DateTimeOffset.TryParseExact(normalised, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc822))
            return rfc822;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) ? iso : null;
    }
}
