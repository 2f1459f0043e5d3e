using FactCheck.Intake.Feeds;

namespace FactCheck.Intake.Tests;

public sealed class FeedParserTests
{
    [Fact]
    public void Should_read_rss_items_with_guid_link_title_date_and_content()
    {
        const string xml = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel><title>Wire</title>
                <item><title>Storm</title><link>https://wire.example/storm</link><guid>storm-1</guid>
                  <pubDate>Tue, 06 Feb 2024 05:06:00 GMT</pubDate><content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded></item>
                <item><title>No guid</title><link>https://wire.example/quake</link></item>
              </channel>
            </rss>
            """;

        var feed = FeedParser.Parse(xml);

        Assert.Equal("Wire", feed.Title);
        Assert.Equal(new FeedItem("storm-1", "https://wire.example/storm", "Storm", DateTimeOffset.Parse("2024-02-06T05:06:00Z"), "<p>Full text.</p>"), feed.Items[0]);
        Assert.Equal("https://wire.example/quake", feed.Items[1].Key);
    }

    [Fact]
    public void Should_read_atom_entries_with_the_alternate_link()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
              <entry><id>tag:wire.example,2024:1</id><title>Storm</title>
                <link rel="self" href="https://wire.example/feed/1"/><link rel="alternate" href="https://wire.example/storm"/>
                <updated>2024-02-06T05:06:00Z</updated><summary>Short.</summary></entry>
            </feed>
            """;

        var item = Assert.Single(FeedParser.Parse(xml).Items);

        Assert.Equal(new FeedItem("tag:wire.example,2024:1", "https://wire.example/storm", "Storm", DateTimeOffset.Parse("2024-02-06T05:06:00Z"), "Short."), item);
    }

    [Theory]
    [InlineData("<html><body>not a feed</body></html>", "neither an RSS")]
    [InlineData("<rss><channel>", "not well-formed")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><title>&x;</title></channel></rss>", "not well-formed")]
    public void Should_refuse_what_is_not_a_feed(string xml, string reason)
    {
        var error = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(xml));

        Assert.Contains(reason, error.Message);
    }
}
