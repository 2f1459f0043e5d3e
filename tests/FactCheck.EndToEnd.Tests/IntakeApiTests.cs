using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;

namespace FactCheck.EndToEnd.Tests;

public sealed class IntakeApiTests : IAsyncLifetime
{
    private const string Story = "The storm killed at least 12 people in the coastal province on Monday, officials said.\nRescue teams were still searching for 30 missing fishermen late on Tuesday.";

    private ServedApp _served = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _served = await ServedApp.StartAsync(["--Intake:MaxBatchCount=3"]);
        _http = _served.Http;
    }

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task Should_accept_a_raw_text_body_with_metadata_in_the_query_and_show_original_cleaned_and_removed()
    {
        var body = "Share on Facebook\n" + Story + "\n© 2024 Wire. All rights reserved";

        var posted = await _http.PostAsync("/api/articles?outlet=Wire&title=Storm&url=https://wire.example/storm&publishedAt=2024-02-06T05:06:00Z", new StringContent(body, Encoding.UTF8, "text/plain"));
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var article = await _http.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal($"/api/articles/{id}", posted.Headers.Location?.OriginalString);
        Assert.Equal("Wire", article.GetProperty("outlet").GetString());
        Assert.Equal("Storm", article.GetProperty("title").GetString());
        Assert.Equal("https://wire.example/storm", article.GetProperty("url").GetString());
        Assert.Equal(DateTimeOffset.Parse("2024-02-06T05:06:00Z"), article.GetProperty("publishedAt").GetDateTimeOffset());
        Assert.Equal(body, article.GetProperty("original").GetString());
        Assert.Equal(Story, article.GetProperty("cleaned").GetString());
        Assert.Equal(["Share on Facebook", "© 2024 Wire. All rights reserved"], article.GetProperty("removed").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Should_accept_a_raw_html_body_and_keep_only_the_story()
    {
        var html = $"<html><body><nav><a href='/'>Home</a> <a href='/world'>World news and more from the region today.</a></nav><article><p>{Story.Replace("\n", "</p><p>")}</p></article><script>var x = 'The storm killed everyone, said nobody at all.';</script></body></html>";

        var posted = await _http.PostAsync("/api/articles?outlet=Wire", new StringContent(html, Encoding.UTF8, "text/html"));
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var article = await _http.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal(Story, article.GetProperty("cleaned").GetString());
    }

    [Fact]
    public async Task Should_take_title_author_time_url_and_outlet_from_the_page_before_the_query()
    {
        var paragraphs = "<p>" + Story.Replace("\n", "</p><p>") + "</p>";
        var html = $$"""
            <html><head><meta property="og:title" content="Storm toll rises"><meta property="og:site_name" content="Coast Times">
            <link rel="canonical" href="https://coast.example/storm"><script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Ana Ruiz"},"datePublished":"2024-02-06T05:06:00Z"}</script></head>
            <body><article>{{paragraphs}}</article></body></html>
            """;

        var posted = await _http.PostAsync("/api/articles?outlet=Fallback&title=Fallback", new StringContent(html, Encoding.UTF8, "text/html"));
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var article = await _http.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");

        Assert.Equal("Storm toll rises", article.GetProperty("title").GetString());
        Assert.Equal("Coast Times", article.GetProperty("outlet").GetString());
        Assert.Equal("Ana Ruiz", article.GetProperty("author").GetString());
        Assert.Equal("https://coast.example/storm", article.GetProperty("url").GetString());
        Assert.Equal(DateTimeOffset.Parse("2024-02-06T05:06:00Z"), article.GetProperty("publishedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Should_answer_each_item_of_a_batch_with_its_own_status()
    {
        var batch = new
        {
            articles = new object[]
            {
                new { outlet = "Wire", body = Story },
                new { outlet = "Wire" },
                new { outlet = "Wire", body = "Share on Facebook\nLeave a Reply" },
            },
        };

        var response = await _http.PostAsJsonAsync("/api/articles/batch", batch);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var results = json.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, json.GetProperty("accepted").GetInt32());
        Assert.Equal([202, 400, 422], results.Select(r => r.GetProperty("status").GetInt32()));
        Assert.NotEqual(Guid.Empty, results[0].GetProperty("id").GetGuid());
        Assert.Contains("no body", results[1].GetProperty("detail").GetString());
        Assert.Contains("Nothing of the article is left", results[2].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Should_refuse_a_batch_over_the_configured_count_with_413_and_store_nothing()
    {
        var batch = Enumerable.Range(0, 4).Select(i => new { outlet = "Wire" + i, body = Story }).ToArray();

        var response = await _http.PostAsJsonAsync("/api/articles/batch", batch);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "at most 3 articles");
        Assert.Equal(0, await CountAsync("articles"));
    }

    [Theory]
    [InlineData("/api/articles", "application/xml", "<a/>", HttpStatusCode.UnsupportedMediaType, "is not accepted")]
    [InlineData("/api/articles?outlet=Wire&publishedAt=yesterday", "text/plain", Story, HttpStatusCode.BadRequest, "publishedAt 'yesterday' is not a date")]
    [InlineData("/api/articles?outlet=Wire&url=javascript:alert(1)", "text/plain", Story, HttpStatusCode.BadRequest, "absolute http(s) address")]
    [InlineData("/api/articles", "application/json", "{\"outlet\": \"x\", \"body\": \"Story.\", \"publishedAt\": \"soon\"}", HttpStatusCode.BadRequest, "publishedAt")]
    [InlineData("/api/articles", "application/json", "{\"outlet\": \"x\", \"body\": \"Some body of text here.\", \"format\": \"pdf\"}", HttpStatusCode.BadRequest, "Unknown format 'pdf'")]
    [InlineData("/api/articles", "text/plain", "Share on Facebook\nLeave a Reply", HttpStatusCode.UnprocessableEntity, "Nothing of the article is left")]
    [InlineData("/api/articles/batch", "text/plain", Story, HttpStatusCode.UnsupportedMediaType, "A batch is JSON")]
    [InlineData("/api/articles/batch", "application/json", "{\"articles\": 5}", HttpStatusCode.BadRequest, "Send {\"articles\": [...]}")]
    [InlineData("/api/articles/batch", "application/json", "[]", HttpStatusCode.BadRequest, "no articles")]
    public async Task Should_answer_bad_input_with_a_problem_that_says_what_is_wrong_and_store_nothing(string path, string contentType, string body, HttpStatusCode status, string detail)
    {
        var response = await _http.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));

        await AssertProblemAsync(response, status, detail);
        Assert.Equal(0, await CountAsync("articles"));
        Assert.Equal(0, await CountAsync("outbox"));
    }

    [Fact]
    public async Task Should_store_a_changed_resubmission_of_the_same_url_as_the_next_version_of_the_same_article()
    {
        var url = "/api/articles?outlet=Wire&url=https://wire.example/storm";
        var first = await (await _http.PostAsync(url, new StringContent(Story, Encoding.UTF8, "text/plain"))).Content.ReadFromJsonAsync<JsonElement>();
        var corrected = Story.Replace("12 people", "14 people");

        var second = await (await _http.PostAsync(url, new StringContent(corrected, Encoding.UTF8, "text/plain"))).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await _http.PostAsync(url, new StringContent(corrected, Encoding.UTF8, "text/plain"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = first.GetProperty("id").GetGuid();
        var latest = await _http.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        var older = await _http.GetFromJsonAsync<JsonElement>($"/api/articles/{id}?version=1");

        Assert.Equal(id, second.GetProperty("id").GetGuid());
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.True(again.GetProperty("duplicate").GetBoolean());
        Assert.Equal(2, again.GetProperty("version").GetInt32());
        Assert.Equal(corrected, latest.GetProperty("cleaned").GetString());
        Assert.Equal(2, latest.GetProperty("versions").GetArrayLength());
        Assert.Equal(Story, older.GetProperty("original").GetString());
        Assert.Equal(2, await CountAsync("outbox"));
    }

    [Fact]
    public async Task Should_answer_404_with_a_problem_for_an_unknown_article_or_version()
    {
        var posted = await (await _http.PostAsJsonAsync("/api/articles", new { outlet = "Wire", body = Story })).Content.ReadFromJsonAsync<JsonElement>();

        var unknown = await _http.GetAsync($"/api/articles/{Guid.NewGuid()}");
        var noVersion = await _http.GetAsync($"/api/articles/{posted.GetProperty("id").GetGuid()}?version=7");

        await AssertProblemAsync(unknown, HttpStatusCode.NotFound, "No article has the id");
        await AssertProblemAsync(noVersion, HttpStatusCode.NotFound, "there is no version 7");
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_served.Data, "intake.db")}");
        return await connection.ExecuteScalarAsync<long>(table == "outbox" ? "SELECT COUNT(*) FROM outbox" : "SELECT COUNT(*) FROM articles");
    }
}
