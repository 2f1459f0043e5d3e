using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace FactCheck.EndToEnd.Tests;

/// <summary>Hostile and broken input over real HTTP: every answer is a client error or an acceptance, never a 500, and the server stays up.</summary>
public sealed class IntakeFuzzTests(IntakeFuzzTests.Server server) : IClassFixture<IntakeFuzzTests.Server>
{
    private const string Story = "The storm killed at least 12 people in the coastal province on Monday, officials said.";

    private static readonly HttpStatusCode[] Expected =
    [
        HttpStatusCode.Accepted, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge,
        HttpStatusCode.UnsupportedMediaType, HttpStatusCode.UnprocessableEntity,
    ];

    private ServedApp Served => server.App;

    public static TheoryData<string, byte[], string> Inputs()
    {
        var random = new Random(20240206);
        var data = new TheoryData<string, byte[], string>();
        foreach (var contentType in new[] { "text/plain", "text/html", "application/json" })
        {
            for (var i = 0; i < 8; i++)
            {
                var bytes = new byte[random.Next(1, 64 * 1024)];
                random.NextBytes(bytes);
                data.Add($"random bytes #{i}", bytes, contentType);
            }
        }

        var utf8 = Encoding.UTF8;
        data.Add("invalid UTF-8 in a story", [.. utf8.GetBytes(Story), 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, .. utf8.GetBytes(" " + Story)], "text/plain; charset=utf-8");
        data.Add("unknown charset", utf8.GetBytes(Story), "text/plain; charset=x-no-such-charset");
        data.Add("10 000-level nested HTML", utf8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 10_000)) + Story + string.Concat(Enumerable.Repeat("</div>", 10_000))), "text/html");
        data.Add("10 000 unclosed tags", utf8.GetBytes("<p>" + string.Concat(Enumerable.Repeat("<b><i><span>", 3_400)) + Story), "text/html");
        data.Add("2 MB single line", utf8.GetBytes(string.Concat(Enumerable.Repeat("All the delegates said the talks would last two days and end on Friday ", 2_000_000 / 72)) + "."), "text/plain");
        data.Add("2 MB single line of one word", utf8.GetBytes(new string('a', 2_000_000)), "text/plain");
        data.Add("2 MB attribute", utf8.GetBytes($"<html><body><div class=\"{new string('x', 2_000_000)}\"><p>{Story}</p></div></body></html>"), "text/html");
        data.Add("zero-width and RTL marks in a story", utf8.GetBytes("The\u200B storm\u200C killed\u200D at least 12\uFEFF people\u202E in the coastal\u2067 province on Monday, officials said.\u202C"), "text/plain");
        data.Add("only zero-width characters", utf8.GetBytes(string.Concat(Enumerable.Repeat("\u200B\u200C\u200D\u2060\u202E\n", 1000))), "text/plain");
        data.Add("NUL characters", utf8.GetBytes(Story.Replace(' ', '\0')), "text/plain");
        data.Add("deeply nested JSON", utf8.GetBytes(new string('[', 100_000) + new string(']', 100_000)), "application/json");
        data.Add("lone surrogates in JSON", utf8.GetBytes($$"""{"outlet":"\ud800x","title":"\udfff","body":"{{Story}} \ud800"}"""), "application/json");
        data.Add("deeply nested JSON-LD", utf8.GetBytes($"<html><head><script type=\"application/ld+json\">{new string('[', 50_000)}</script></head><body><p>{Story}</p></body></html>"), "text/html");
        data.Add("billion laughs in a body", utf8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>"), "text/html");
        data.Add("garbage batch", utf8.GetBytes("""{"articles":[1, "x", null, {"body": 5}, {"outlet": [], "body": "a"}, {"publishedAt": "nope"}]}"""), "application/json");
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Should_never_answer_500_to_hostile_input(string name, byte[] body, string contentType)
    {
        var path = name.Contains("batch") ? "/api/articles/batch" : "/api/articles?outlet=Fuzz";
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await Served.Http.PostAsync(path, content);
        var alive = await Served.Http.GetAsync("/api/stories");

        Assert.Contains(response.StatusCode, Expected);
        Assert.True(response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType == "application/problem+json", name);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task Should_accept_a_story_carrying_zero_width_and_rtl_marks_and_refuse_one_made_only_of_them()
    {
        var marked = "The\u200B storm killed\u202E at least 12 people in the coastal province on Monday, officials said.";

        var accepted = await Served.Http.PostAsync("/api/articles?outlet=Fuzz", new StringContent(marked, Encoding.UTF8, "text/plain"));
        var refused = await Served.Http.PostAsync("/api/articles?outlet=Fuzz", new StringContent("\u200B\u200C\u202E\n\u2067", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
    }

    /// <summary>One server for every case: a crash in one case shows up as a dead server in the next.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public ServedApp App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await ServedApp.StartAsync();

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
