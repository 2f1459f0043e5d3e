using FactCheck.Intake.Cleaning;

namespace FactCheck.Intake.Tests;

public sealed class HtmlTextTests
{
    private static string Page(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pages", name));

    private static IReadOnlyList<string> StoryOf(string html) => TextCleaner.Clean(HtmlText.Extract(html).Text).Text.Split('\n');

    [Fact]
    public void Should_reduce_a_news_page_to_its_story_paragraphs()
    {
        var html = Page("wire-story.html");

        var story = StoryOf(html);

        Assert.Equal(
            [
                "The eighth round of talks on Syria opened in the Kazakh capital Astana on Thursday, with Russia, Turkey and Iran acting as guarantors of the ceasefire.",
                "Delegations from the Syrian government and the armed opposition are expected to discuss the release of detainees and the clearing of mines, the Kazakh foreign ministry said in a statement.",
                "The war has left more than 340,000 people dead since it began in 2011 with the brutal repression of anti-government protests.",
                "Alexander Lavrentiev, who leads the Russian delegation, told reporters that the talks would last two days & end with a joint statement.",
            ],
            story);
    }

    [Fact]
    public void Should_reduce_a_blog_layout_without_article_tags_to_its_story_including_a_continued_block()
    {
        var html = Page("blog-layout.html");

        var story = StoryOf(html);

        Assert.Equal(
            [
                "A ceasefire between government forces and rebel groups held for a third day in the northern province on Tuesday, local officials said.",
                "At least 1,200 families returned to their homes in the valley, according to the provincial governor, who said the roads had been cleared.",
                "Aid agencies warned, however, that food stocks would last only two more weeks.",
                "\"We need the corridors to stay open,\" said a spokesman for the World Food Programme.",
                "The truce was brokered last week by tribal elders after fighting killed 45 people, most of them civilians, in the space of ten days.",
                "It ends at midnight on Friday.",
            ],
            story);
    }

    [Theory]
    [InlineData("wire-story.html", "600 Afghan soldiers")]
    [InlineData("wire-story.html", "Daesh kills 18 civilians")]
    [InlineData("wire-story.html", "sixth round last year")]
    [InlineData("wire-story.html", "Stocks fell sharply")]
    [InlineData("blog-layout.html", "900 killed last month")]
    [InlineData("blog-layout.html", "300 people homeless")]
    [InlineData("blog-layout.html", "5,000 new teaching posts")]
    [InlineData("blog-layout.html", "winter tyres")]
    public void Should_list_visible_furniture_as_removed_and_never_keep_it(string page, string noise)
    {
        var html = Page(page);

        var article = HtmlText.Extract(html);

        Assert.DoesNotContain(noise, article.Text);
        Assert.Contains(article.Removed, line => line.Contains(noise));
    }

    [Theory]
    [InlineData("wire-story.html")]
    [InlineData("blog-layout.html")]
    public void Should_point_every_segment_at_the_same_characters_in_the_html(string name)
    {
        var html = Page(name);
        var page = HtmlText.Extract(html);
        var cleaned = TextCleaner.Clean(page.Text);

        var segments = page.ToSource(cleaned.Segments);

        foreach (var segment in segments)
            Assert.Equal(cleaned.Text.Substring(segment.CleanStart, segment.Length), html.Substring(segment.SourceStart, segment.Length));
        Assert.True(segments.Sum(s => s.Length) >= cleaned.Text.Replace("\n", "").Length * 0.95);
    }

    [Fact]
    public void Should_never_keep_script_or_comment_text()
    {
        var html = Page("wire-story.html");

        var article = HtmlText.Extract(html);

        Assert.DoesNotContain("Analytics says", article.Text + string.Join("\n", article.Removed));
        Assert.DoesNotContain("the comment says", article.Text + string.Join("\n", article.Removed));
    }

    [Fact]
    public void Should_read_metadata_from_open_graph_and_json_ld()
    {
        var html = Page("wire-story.html");

        var metadata = HtmlText.Extract(html).Metadata;

        Assert.Equal("Eighth round of Syria talks opens in Astana", metadata.Title);
        Assert.Equal("Dana Karimova, Oleg Petrov", metadata.Author);
        Assert.Equal(DateTimeOffset.Parse("2017-12-21T06:30:00Z"), metadata.PublishedAt);
        Assert.Equal("https://courier.example/world/2017/12/21/syria-talks-astana", metadata.CanonicalUrl);
        Assert.Equal("Daily Courier", metadata.Outlet);
    }

    [Fact]
    public void Should_read_metadata_from_a_json_ld_graph_when_the_page_has_no_open_graph_tags()
    {
        var html = Page("blog-layout.html");

        var metadata = HtmlText.Extract(html).Metadata;

        Assert.Equal("Ceasefire holds in northern province", metadata.Title);
        Assert.Equal("Amira Haddad", metadata.Author);
        Assert.Equal(DateTimeOffset.Parse("2024-02-06T05:06:00Z"), metadata.PublishedAt);
        Assert.Equal("https://gazette.example/2024/02/ceasefire-holds", metadata.CanonicalUrl);
        Assert.Equal("Valley Gazette", metadata.Outlet);
    }

    [Fact]
    public void Should_fall_back_to_h1_and_time_when_the_page_has_no_metadata()
    {
        var html = "<html><body><h1>Storm hits coast</h1><time datetime=\"2024-03-01T10:00:00Z\">1 March</time><p>The storm killed at least 12 people in the coastal province on Monday, officials said.</p></body></html>";

        var metadata = HtmlText.Extract(html).Metadata;

        Assert.Equal("Storm hits coast", metadata.Title);
        Assert.Equal(DateTimeOffset.Parse("2024-03-01T10:00:00Z"), metadata.PublishedAt);
        Assert.Null(metadata.Outlet);
        Assert.Null(metadata.CanonicalUrl);
    }

    [Fact]
    public void Should_refuse_html_nested_deeper_than_any_page()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 10_000));

        Assert.Throws<HtmlTooDeepException>(() => HtmlText.Extract(html));
    }
}
