using System.Net;
using System.Text.Json;

namespace FactCheck.Review.Tests;

/// <summary>/ops and the health endpoints, on the real app.</summary>
public sealed class OperationsTests
{
    [Fact]
    public async Task Should_report_ready_with_the_database_and_bus_checked()
    {
        await using var desk = await DeskApp.StartAsync();

        var live = await desk.Http.GetAsync("/health/live");
        var ready = await desk.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").EnumerateArray()
            .Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("database", checks);
        Assert.Contains(checks, c => c!.StartsWith("masstransit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_report_not_ready_but_live_when_the_database_is_gone()
    {
        await using var desk = await DeskApp.StartAsync();

        // One rename, not a recursive delete: the app's checkpointer may write a file while a delete walks the folder.
        var aside = desk.DataDirectory + "-aside";
        Directory.Move(desk.DataDirectory, aside);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var ready = await desk.Http.GetAsync("/health/ready");
        var live = await desk.Http.GetAsync("/health/live");
        Directory.Move(aside, desk.DataDirectory);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("database", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Should_show_live_pipeline_counters_on_the_ops_page()
    {
        await using var desk = await DeskApp.StartAsync();
        await desk.SubmitSampleAsync("astana-talks");
        await desk.WaitForStoryAsync(articles: 5);

        var page = await desk.Http.GetStringAsync("/ops");

        Assert.Contains("data-instrument=\"factcheck.intake.articles\"", page);
        Assert.Contains("data-instrument=\"factcheck.extraction.claims\"", page);
        Assert.Contains("data-instrument=\"factcheck.comparison.conflicts\"", page);
        Assert.Contains("outcome=accepted", page);
    }
}
