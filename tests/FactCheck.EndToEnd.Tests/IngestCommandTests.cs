using System.CommandLine;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using FactCheck.Host.Commands;
using FactCheck.Tests;

namespace FactCheck.EndToEnd.Tests;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task Should_store_a_folder_and_leave_its_events_to_the_next_serve_on_the_same_data()
    {
        var data = Directory.CreateTempSubdirectory("factcheck-ingest-").FullName;
        var progress = new StringWriter();

        var exit = await FactCheckCommands.Create().Parse(["ingest", Samples.Folder("astana-talks"), $"--Database:DataDirectory={data}"])
            .InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = progress });
        long articles;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(data, "intake.db")};Pooling=false"))
            articles = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles");
        await using var served = await ServedApp.StartAsync(data: data);
        var slots = await Eventually.PollAsync(async () =>
        {
            var json = await served.Http.GetFromJsonAsync<JsonElement>("/api/stories");
            var story = json.GetProperty("stories").EnumerateArray().FirstOrDefault(s => s.GetProperty("articles").GetArrayLength() == 5);
            return story.ValueKind == JsonValueKind.Object ? story.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("slot").GetString()).ToList() : null;
        });

        Assert.Equal(0, exit);
        Assert.Contains("[5/5] 004_3ab6985a582e9a11.txt: accepted", progress.ToString());
        Assert.Equal(5, articles);
        Assert.Contains("round", slots);
    }

    [Fact]
    public async Task Should_exit_2_with_one_line_when_the_folder_does_not_exist()
    {
        var error = new StringWriter();

        var exit = await FactCheckCommands.Create().Parse(["ingest", "/no/such/folder"]).InvokeAsync(new InvocationConfiguration { Error = error });

        Assert.Equal(2, exit);
        Assert.Equal("factcheck ingest: no such file or folder: /no/such/folder", error.ToString().Trim());
    }
}
