using FactCheck.Intake;
using FactCheck.Platform.Hosting;
using FactCheck.Review;
using FactCheck.Review.Data;

namespace FactCheck.Host;

/// <summary>A file given to <c>check</c>: its name (the <c>doc</c> of reports) and its text.</summary>
public sealed record InputFile(string Doc, string Path);

/// <summary>
/// Runs every role in-process on the in-memory bus and a throw-away SQLite folder, feeds it files and
/// waits until each accepted article has been compared and is visible to readers.
/// </summary>
public static class LocalPipeline
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<IReadOnlyList<StoryView>> RunAsync(IReadOnlyList<InputFile> files, TextWriter progress, CancellationToken ct)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "factcheck-" + Guid.NewGuid().ToString("N"));
        try
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bus:Transport"] = "InMemory",
                ["Database:Provider"] = "Sqlite",
                ["Database:DataDirectory"] = dataDirectory,
            });
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
            builder.AddRoles(Roles.All.ToHashSet());
            using var host = builder.Build();
            await host.StartAsync(ct);

            var accepted = new HashSet<Guid>();
            foreach (var file in files)
            {
                await using var scope = host.Services.CreateAsyncScope();
                var intake = scope.ServiceProvider.GetRequiredService<ArticleIntake>();
                try
                {
                    var body = await File.ReadAllTextAsync(file.Path, ct);
                    var result = await intake.SubmitAsync(new ArticleSubmission { Doc = file.Doc, Body = body }, ct);
                    accepted.Add(result.ArticleId);
                }
                catch (InvalidArticleException ex)
                {
                    await progress.WriteLineAsync($"skipped {file.Doc}: {ex.Message}");
                }
            }

            var views = host.Services.GetRequiredService<StoryViewRepository>();
            await WaitForAsync(views, accepted.Count, progress, ct);
            var stories = await views.ListAsync(ct);
            await host.StopAsync(ct);
            return stories;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataDirectory))
                Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task WaitForAsync(StoryViewRepository views, int expected, TextWriter progress, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + Timeout;
        var reported = -1;
        while (true)
        {
            var done = await views.ArticleCountAsync(ct);
            if (done != reported)
            {
                await progress.WriteLineAsync($"compared {done}/{expected} articles");
                reported = done;
            }

            if (done >= expected)
                return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Only {done} of {expected} articles were compared within {Timeout.TotalMinutes} minutes.");
            await Task.Delay(25, ct);
        }
    }
}
