using FactCheck.Intake.Cleaning;
using FactCheck.Tests;

namespace FactCheck.Intake.Tests;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData("000_1119dc488f61214e.txt", "600 Afghan soldiers killed over last 2 months")]
    [InlineData("000_1119dc488f61214e.txt", "Daesh kills 18 civilians trying")]
    [InlineData("000_1119dc488f61214e.txt", "Facebook revenue estimated at $4.27 billion")]
    [InlineData("004_3ab6985a582e9a11.txt", "1,750 persons")]
    public void Should_drop_sidebar_headlines(string doc, string noise)
    {
        var original = Samples.Read("astana-talks", doc);

        var cleaned = TextCleaner.Clean(original);

        Assert.Contains(noise, original);
        Assert.DoesNotContain(noise, cleaned.Text);
    }

    [Fact]
    public void Should_keep_story_paragraphs_verbatim_at_their_source_offsets()
    {
        var original = Samples.Read("astana-talks", "000_1119dc488f61214e.txt");

        var cleaned = TextCleaner.Clean(original);

        Assert.Contains("The war has left more than 340,000 people dead", cleaned.Text);
        foreach (var segment in cleaned.Segments)
            Assert.Equal(original.Substring(segment.SourceStart, segment.Length), cleaned.Text.Substring(segment.CleanStart, segment.Length));
    }

    [Fact]
    public void Should_leave_nothing_when_the_text_is_only_furniture()
    {
        var cleaned = TextCleaner.Clean("Share on Facebook\nShare on twitter\nLeave a Reply\n\n© 2021 All rights reserved");

        Assert.Equal("", cleaned.Text);
    }
}
