using System.CommandLine;
using FactCheck.Intake;
using FactCheck.Intake.Outbox;
using FactCheck.Platform.Hosting;
using FactCheck.Platform.Messaging;

namespace FactCheck.Host.Commands;

/// <summary><c>factcheck ingest</c>: article files through the same intake path as the HTTP API, into the configured database.</summary>
public static class IngestCommand
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(1);

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders of them (.txt, .html).", Arity = ArgumentArity.ZeroOrMore };
        var outlet = new Option<string>("--outlet") { Description = "Outlet of every file (default: read from the page, else the file name)." };
        var command = new Command("ingest", "Store article files as if posted to /api/articles; their events go out through the outbox.") { paths, outlet };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            // `--Section:Key=value` settings land among the paths when they follow them.
            var tokens = result.GetValue(paths) ?? [];
            string[] settings = [.. tokens.Where(IsSetting), .. result.UnmatchedTokens];
            var (files, problem) = InputFiles.Resolve([.. tokens.Where(t => !IsSetting(t))]);
            if (problem is not null)
            {
                await error.WriteLineAsync($"factcheck ingest: {problem}");
                return 2;
            }

            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(settings);
            builder.Logging.ClearProviders().AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
            var inMemory = (builder.Configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions()).Transport == BusTransport.InMemory;
            if (inMemory)
                builder.Configuration.AddInMemoryCollection([new("Intake:DispatchOutbox", "false")]);
            builder.AddFactCheckDefaults("factcheck-ingest");
            builder.AddIntake();
            builder.Services.AddFactCheckBus(builder.Configuration);
            using var host = builder.Build();
            await host.StartAsync(ct);

            var refused = 0;
            for (var i = 0; i < files.Count; i++)
            {
                var file = files[i];
                await using var scope = host.Services.CreateAsyncScope();
                try
                {
                    var body = await File.ReadAllTextAsync(file.Path, ct);
                    var submitted = await scope.ServiceProvider.GetRequiredService<ArticleIntake>()
                        .SubmitAsync(new ArticleSubmission { Doc = file.Doc, Outlet = result.GetValue(outlet), Body = body }, ct);
                    await error.WriteLineAsync($"[{i + 1}/{files.Count}] {file.Doc}: {(submitted.Duplicate ? "duplicate of" : "accepted")} {submitted.ArticleId} v{submitted.Version}");
                }
                catch (InvalidArticleException ex)
                {
                    refused++;
                    await error.WriteLineAsync($"[{i + 1}/{files.Count}] {file.Doc}: refused: {ex.Message}");
                }
            }

            var outbox = host.Services.GetRequiredService<OutboxRepository>();
            if (inMemory)
                await error.WriteLineAsync($"{await outbox.PendingCountAsync(ct)} event(s) wait in the outbox for the next `factcheck serve` on this data.");
            else
                await DrainAsync(outbox, ct);
            await host.StopAsync(ct);
            return refused == 0 ? 0 : 1;
        });
        return command;
    }

    private static bool IsSetting(string token) => token.StartsWith("--", StringComparison.Ordinal) && token.Contains('=');

    private static async Task DrainAsync(OutboxRepository outbox, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + DrainTimeout;
        while (await outbox.PendingCountAsync(ct) > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50, ct);
    }
}
