using System.Collections.Concurrent;
using FactCheck.Contracts;
using FactCheck.Intake;
using MassTransit;
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
            var failed = WatchFaults(host.Services.GetRequiredService<IBus>());

            var accepted = new HashSet<Guid>();
            foreach (var file in files)
            {
                await using var scope = host.Services.CreateAsyncScope();
                var intake = scope.ServiceProvider.GetRequiredService<ArticleIntake>();
                try
                {
                    var body = await File.ReadAllTextAsync(file.Path, ct);
                    // A file carries no metadata: extraction reads the publication date from its dateline, as for any undated post.
                    var submission = new ArticleSubmission { Doc = file.Doc, Body = body };
                    var result = await intake.SubmitAsync(submission, ct);
                    accepted.Add(result.ArticleId);
                }
                catch (InvalidArticleException ex)
                {
                    await progress.WriteLineAsync($"skipped {file.Doc}: {ex.Message}");
                }
            }

            var views = host.Services.GetRequiredService<StoryViewRepository>();
            await WaitForAsync(views, accepted, failed, progress, ct);
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

    /// <summary>An article whose processing faulted after every retry will never reach Review: count it as done, and say why.</summary>
    private static ConcurrentDictionary<Guid, string> WatchFaults(IBus bus)
    {
        var failed = new ConcurrentDictionary<Guid, string>();
        bus.ConnectReceiveEndpoint("check-faults", endpoint =>
        {
            endpoint.Handler<Fault<ArticleAccepted>>(context => Record(failed, context.Message.Message.ArticleId, context.Message));
            endpoint.Handler<Fault<ClaimsExtracted>>(context => Record(failed, context.Message.Message.ArticleId, context.Message));
            endpoint.Handler<Fault<ArticleCompared>>(context => Record(failed, context.Message.Message.ArticleId, context.Message));
        });
        return failed;
    }

    private static Task Record(ConcurrentDictionary<Guid, string> failed, Guid articleId, Fault fault)
    {
        failed.TryAdd(articleId, fault.Exceptions.FirstOrDefault()?.Message ?? "unknown error");
        return Task.CompletedTask;
    }

    private static async Task WaitForAsync(StoryViewRepository views, IReadOnlySet<Guid> accepted, ConcurrentDictionary<Guid, string> failed, TextWriter progress, CancellationToken ct)
    {
        var expected = accepted.Count;
        var deadline = DateTime.UtcNow + Timeout;
        var reported = -1;
        while (true)
        {
            var done = await views.ArticleCountAsync(ct) + failed.Keys.Count(accepted.Contains);
            if (done != reported)
            {
                await progress.WriteLineAsync($"compared {done}/{expected} articles");
                reported = done;
            }

            if (done >= expected)
            {
                foreach (var (articleId, error) in failed)
                    await progress.WriteLineAsync($"article {articleId} failed: {error}");
                return;
            }

            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Only {done} of {expected} articles were compared within {Timeout.TotalMinutes} minutes.");
            await Task.Delay(25, ct);
        }
    }
}
