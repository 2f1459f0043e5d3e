using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FactCheck.Tests;

namespace FactCheck.EndToEnd.Tests;

public sealed class ServeApiTests : IAsyncLifetime
{
    private ServedApp _served = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _served = await ServedApp.StartAsync();
        _http = _served.Http;
    }

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task Should_show_the_sample_conflicts_after_the_articles_are_posted()
    {
        foreach (var file in Directory.EnumerateFiles(Samples.Folder("astana-talks"), "*.txt"))
        {
            var response = await _http.PostAsJsonAsync("/api/articles", new { outlet = Path.GetFileNameWithoutExtension(file), body = await File.ReadAllTextAsync(file) });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var slots = await Eventually.PollAsync(async () =>
        {
            var json = await _http.GetFromJsonAsync<JsonElement>("/api/stories");
            var stories = json.GetProperty("stories").EnumerateArray().ToList();
            return stories.Count == 1 && stories[0].GetProperty("articles").GetArrayLength() == 5
                ? stories[0].GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("slot").GetString()!).ToList()
                : null;
        });

        Assert.Contains("round", slots);
        Assert.Contains("deaths", slots);
    }

    [Fact]
    public async Task Should_answer_the_same_id_when_an_article_is_submitted_twice()
    {
        var article = new { outlet = "Wire", body = "The storm killed at least 12 people in the coastal province on Monday, officials said." };

        var first = await (await _http.PostAsJsonAsync("/api/articles", article)).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await _http.PostAsJsonAsync("/api/articles", article)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        Assert.True(second.GetProperty("duplicate").GetBoolean());
    }

    [Fact]
    public async Task Should_date_an_article_posted_without_a_time_by_the_dateline_that_cleaning_drops()
    {
        // The dateline is a line of its own, which cleaning removes with the byline; the check command reads it too.
        const string body = """
            By Mara Ostrow
            March 3, 2025 | 09:10 GMT

            The Kellin bridge was closed on Tuesday after inspectors found cracks in two of its piers, the roads agency said.

            Engineers said repairs to the 1930s crossing could take up to six weeks.
            """;
        var posted = await _http.PostAsync("/api/articles?outlet=Wire", new StringContent(body, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);

        var published = await Eventually.PollAsync(async () =>
        {
            var json = await _http.GetFromJsonAsync<JsonElement>("/api/stories");
            return json.GetProperty("stories").EnumerateArray().SelectMany(s => s.GetProperty("articles").EnumerateArray())
                .Select(a => a.GetProperty("publishedAt") is { ValueKind: JsonValueKind.String } time ? time.GetString() : "not dated")
                .FirstOrDefault();
        });

        Assert.Equal("2025-03-03T00:00:00+00:00", published);
    }

    [Theory]
    [InlineData("{\"outlet\": \"x\", \"body\": ", "application/json")]
    [InlineData("{\"outlet\": \"x\"}", "application/json")]
    public async Task Should_answer_bad_input_with_a_problem_document(string body, string contentType)
    {
        var response = await _http.PostAsync("/api/articles", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_refuse_a_body_over_the_limit_with_413()
    {
        var huge = new string('a', 2 * 1024 * 1024 + 10);

        var response = await _http.PostAsync("/api/articles", new StringContent($"{{\"outlet\":\"x\",\"body\":\"{huge}\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Should_answer_404_with_a_problem_for_an_unknown_story()
    {
        var response = await _http.GetAsync($"/api/stories/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
