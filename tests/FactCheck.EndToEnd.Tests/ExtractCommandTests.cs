using System.Text.Json;
using FactCheck.Host.Commands;
using FactCheck.Tests;

namespace FactCheck.EndToEnd.Tests;

public sealed class ExtractCommandTests
{
    [Fact]
    public void Should_quote_each_claim_verbatim_from_the_file_it_was_read_from()
    {
        var original = Samples.Read("astana-talks", "000_1119dc488f61214e.txt");

        var claims = ExtractCommand.Extract(original, raw: false);

        var toll = Assert.Single(claims, c => c.Slot == "deaths");
        Assert.Equal((340_000d, "atLeast"), (toll.Value!.Value, toll.Bound));
        Assert.All(claims, c => Assert.Equal(c.Quote, original[c.Start..c.End]));
        Assert.DoesNotContain(claims, c => c.Quote.Contains("Facebook revenue"));
    }

    [Fact]
    public void Should_point_into_the_page_as_given_when_the_file_is_html()
    {
        const string page = """
            <html><head><title>Storm</title></head><body>
            <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
            <article><p>The storm killed at least 24 people in the coastal province on Monday, officials said.</p>
            <p>Rescue teams searched flooded villages through the night, and the army sent 300 soldiers to help.</p></article>
            </body></html>
            """;

        var claims = ExtractCommand.Extract(page, raw: false);

        Assert.Contains(claims, c => c.Slot == "deaths");
        Assert.All(claims, c => Assert.Equal(c.Quote, page[c.Start..c.End]));
    }

    [Fact]
    public void Should_print_json_with_every_field_a_tool_needs()
    {
        var claims = ExtractCommand.Extract("The quake killed at least 24 people, officials said.", raw: true);

        using var json = JsonDocument.Parse(ExtractCommand.Json(claims));

        var claim = Assert.Single(json.RootElement.GetProperty("claims").EnumerateArray(), c => c.GetProperty("slot").GetString() == "deaths");
        foreach (var field in new[] { "kind", "slot", "value", "unit", "bound", "display", "quote", "start", "end", "attribution", "subject" })
            Assert.True(claim.TryGetProperty(field, out _), field);
        Assert.Equal("at least 24", claim.GetProperty("display").GetString());
        Assert.Equal("officials", claim.GetProperty("attribution").GetString());
    }

    [Fact]
    public async Task Should_exit_non_zero_with_one_line_when_the_file_is_missing()
    {
        var exitCode = await FactCheckCommands.Create().Parse(["extract", "/no/such/article.txt"]).InvokeAsync();

        Assert.Equal(2, exitCode);
        Assert.Equal("no such file: /no/such/article.txt", ExtractCommand.Problem("/no/such/article.txt"));
        Assert.DoesNotContain('\n', ExtractCommand.Problem(Path.GetTempPath())!);
    }
}
