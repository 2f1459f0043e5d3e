using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using FactCheck.Integration.Tests.Support;
using Microsoft.Data.Sqlite;
using RabbitMQ.Client;

namespace FactCheck.Bench;

/// <summary>
/// Articles over HTTP to separate role processes on RabbitMQ + PostgreSQL, then to one embedded process
/// (in-memory bus, SQLite), then the broker's own ceiling with plain RabbitMQ.Client at the same message size.
/// </summary>
public static class Throughput
{
    private sealed record Run(string Name, int Articles, double PerSecond, double P50, double P95, double P99, IReadOnlyList<RoleProcess> Roles)
    {
        public string? Note { get; init; }

        /// <summary>CPU milliseconds per article spent by each role process and by the servers during the run.</summary>
        public IReadOnlyDictionary<string, double> CpuPerArticle { get; init; } = new Dictionary<string, double>();
    }

    public static async Task RunAsync(int articles, string only, TextWriter output)
    {
        var stories = Math.Max(1, articles / SyntheticNews.OutletsPerStory);
        var runs = new List<Run>();

        if (only is "all" or "distributed")
            runs.AddRange(await DistributedAsync(stories));
        if (only is "all" or "embedded")
            runs.Add(await EmbeddedAsync(EmbeddedStages[^1], stories));
        if (only is "stages")
            foreach (var stage in EmbeddedStages)
                runs.Add(await EmbeddedAsync(stage, stories));
        var (rawPerSecond, size) = only is "all" or "broker" ? await RawBrokerAsync(articles * 4) : (double.NaN, 0);

        await output.WriteLineAsync("| run | articles | articles/s | p50 ms | p95 ms | p99 ms | peak RSS per process |");
        await output.WriteLineAsync("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var run in runs)
        {
            var memory = string.Join(", ", run.Roles.Select(r => $"{r.Roles} {r.PeakBytes / 1048576} MB"));
            await output.WriteLineAsync($"| {run.Name} | {run.Articles} | {run.PerSecond:F0} | {run.P50:F0} | {run.P95:F0} | {run.P99:F0} | {memory} |");
        }

        foreach (var run in runs.Where(r => r.Note is not null))
        {
            await output.WriteLineAsync($"{run.Name}: {run.Note}");
        }

        await output.WriteLineAsync("\nCPU ms per article (user + system, whatever core it ran on):");
        foreach (var run in runs)
        {
            var parts = run.CpuPerArticle.Select(c => $"{c.Key} {c.Value:F2}");
            await output.WriteLineAsync($"{run.Name}: {string.Join(", ", parts)}; total {run.CpuPerArticle.Values.Sum():F2} → ceiling on {Environment.ProcessorCount} cores ≈ {Environment.ProcessorCount * 1000 / run.CpuPerArticle.Values.Sum():F0} articles/s");
        }

        if (double.IsNaN(rawPerSecond))
            return;
        await output.WriteLineAsync($"\nraw RabbitMQ.Client publish (confirmed) + consume, {size} B messages, quorum queue: {rawPerSecond:F0} messages/s");
        // Each article crosses the broker four times (accepted, extracted, compared, and at least one conflict event).
        if (runs.FirstOrDefault() is { Name: DistributedFullSpeed } distributed)
            await output.WriteLineAsync($"distributed articles/s ÷ (raw messages/s ÷ 4 messages per article) = {distributed.PerSecond / (rawPerSecond / 4):P1}");
    }

    private const string DistributedFullSpeed = "distributed, full speed";

    /// <summary>One process per role on RabbitMQ + PostgreSQL: full speed (with the extraction stage timed too), then paced at 100 articles/s.</summary>
    private static async Task<IReadOnlyList<Run>> DistributedAsync(int stories)
    {
        await using var cluster = await Cluster.CreateAsync();
        await cluster.StartAsync("intake", "extraction", "comparison", "alerts,review");
        await WarmUpAsync(cluster.Role("intake"), () => PostgresStageAsync(cluster, ComparedSql));
        // In a running deployment autovacuum analyses a growing table within a minute, and the plans cached on the
        // connections are made again; the bench's database is a minute old, and statements prepared while its tables
        // were empty would keep plans that read the whole table for the rest of the run.
        await using (var db = await cluster.OpenDatabaseAsync())
            await db.ExecuteAsync(new CommandDefinition("ANALYZE", commandType: System.Data.CommandType.Text));
        var full = await MeasureAsync(DistributedFullSpeed, cluster.Role("intake"), cluster.Roles, stories, 0, null, () => PostgresStageAsync(cluster, ComparedSql));
        var extracted = await MeasureAsync("", cluster.Role("intake"), cluster.Roles, 0, 0, null, () => PostgresStageAsync(cluster, ExtractedSql), full.Driver);
        var comparedAt = (await PostgresStageAsync(cluster, ComparedSql)).Values.Order().ToList();
        var gaps = comparedAt.Zip(comparedAt.Skip(1), (a, b) => (b - a).TotalMilliseconds).Order().ToList();
        var paced = await MeasureAsync("distributed, 100 articles/s", cluster.Role("intake"), cluster.Roles, Math.Max(1, stories / 2), stories, TimeSpan.FromMilliseconds(10), () => PostgresStageAsync(cluster, ComparedSql));
        return
        [
            full.Run with
            {
                Note = $"202 → claims stored: p50 {extracted.Run.P50:F0} ms, p95 {extracted.Run.P95:F0} ms, {extracted.Run.PerSecond:F0} articles/s through extraction; " +
                    $"comparison: median {Percentile(gaps, 0.5):F1} ms between consecutive articles, p95 {Percentile(gaps, 0.95):F1} ms",
            },
            paced.Run,
        ];
    }

    /// <summary>Roles an embedded process runs, and where it records that an article has passed its last role.</summary>
    private sealed record EmbeddedStage(string Name, string Roles, string Database, string DoneSql);

    /// <summary>
    /// The embedded default (all roles), and the same process stopped after intake and after extraction, so that each
    /// stage's cost is the difference between two runs: where the ≈ 1 ms per article that 2000 articles/s allows goes.
    /// </summary>
    private static readonly EmbeddedStage[] EmbeddedStages =
    [
        new("embedded, intake only", "intake", "intake.db", "SELECT id, accepted_at FROM articles"),
        new("embedded, intake + extraction", "intake,extraction", "extraction.db", "SELECT article_id, extracted_at FROM extractions"),
        new("embedded, through comparison", "intake,extraction,comparison", "comparison.db", "SELECT article_id, compared_at FROM story_articles"),
        new("embedded, full speed", "all", "comparison.db", "SELECT article_id, compared_at FROM story_articles"),
    ];

    /// <summary>Roles in one process on the in-memory bus and SQLite: with every role, the embedded default.</summary>
    private static async Task<Run> EmbeddedAsync(EmbeddedStage stage, int stories)
    {
        var folder = Directory.CreateTempSubdirectory("factcheck-bench-").FullName;
        Func<Task<Dictionary<Guid, DateTimeOffset>>> done = () => SqliteStageAsync(Path.Combine(folder, stage.Database), stage.DoneSql);
        Run run;
        await using (var embedded = await RoleProcess.StartAsync(stage.Roles, new Dictionary<string, string>
        {
            ["Bus__Transport"] = "InMemory",
            ["Database__Provider"] = "Sqlite",
            ["Database__DataDirectory"] = folder,
            ["Logging__LogLevel__Default"] = "Warning",
        }))
        {
            await WarmUpAsync(embedded, done);
            run = (await MeasureAsync(stage.Name, embedded, [embedded], stories, 0, null, done)).Run;
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return run;
    }

    /// <summary>Submits stories first..first+stories-1 (none when <paramref name="previous"/> is given: measure its articles again at another stage).</summary>
    private static async Task<(Run Run, ArticleDriver Driver)> MeasureAsync(
        string name, RoleProcess intake, IReadOnlyList<RoleProcess> roles, int stories, int first, TimeSpan? pace,
        Func<Task<Dictionary<Guid, DateTimeOffset>>> compared, ArticleDriver? previous = null)
    {
        var driver = previous ?? new ArticleDriver(intake.Address, parallelism: 16);
        var cpuBefore = CpuSnapshot(roles);
        if (previous is null)
            await driver.SubmitAsync(SyntheticNews.Articles(stories, "bench", first), CancellationToken.None, pace);
        var accepted = driver.Accepted.ToHashSet();
        var done = await WaitUntilComparedAsync(accepted, compared);

        var finished = accepted.Where(done.ContainsKey).Select(id => done[id]).Max();
        var start = accepted.Min(id => driver.AcceptedAtTicks[id]);
        var latencies = accepted.Where(done.ContainsKey)
            .Select(id => (done[id].UtcTicks - driver.AcceptedAtTicks[id]) / (double)TimeSpan.TicksPerMillisecond)
            .Order()
            .ToList();
        var seconds = (finished.UtcTicks - start) / (double)TimeSpan.TicksPerSecond;
        var cpuAfter = CpuSnapshot(roles);
        var cpu = cpuAfter.ToDictionary(c => c.Key, c => (c.Value - cpuBefore.GetValueOrDefault(c.Key)).TotalMilliseconds / accepted.Count);
        return (new Run(name, accepted.Count, accepted.Count / seconds, Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99), roles)
        {
            CpuPerArticle = cpu,
        }, driver);
    }

    private static async Task<Dictionary<Guid, DateTimeOffset>> WaitUntilComparedAsync(
        IReadOnlySet<Guid> accepted, Func<Task<Dictionary<Guid, DateTimeOffset>>> compared)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var done = await compared();
            if (accepted.All(done.ContainsKey) || clock.Elapsed > TimeSpan.FromMinutes(10))
                return done;
            // Each poll reads every stored article's time in PostgreSQL, whose CPU is measured: poll seldom.
            // Rates and latencies come from the stored times, not from when the poll saw them.
            await Task.Delay(500);
        }
    }

    /// <summary>
    /// A service runs for hours: before measuring, articles of their own stories (numbered apart from the measured ones)
    /// go through in rounds of 2000 until <see cref="WarmUpTime"/> has passed, then the processes rest for a moment. By
    /// then the runtime has compiled its hot paths in their final form (in a fresh process on two cores, the JIT
    /// compiler took a third of the CPU for the first 20 seconds under load) and the pools are filled.
    /// </summary>
    private static async Task WarmUpAsync(RoleProcess intake, Func<Task<Dictionary<Guid, DateTimeOffset>>> compared)
    {
        var driver = new ArticleDriver(intake.Address, parallelism: 16);
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < WarmUpRounds && clock.Elapsed < WarmUpTime; round++)
            await driver.SubmitAsync(SyntheticNews.Articles(WarmUpStoriesPerRound, "warm", first: FirstWarmUpStory + round * WarmUpStoriesPerRound), CancellationToken.None);
        await WaitUntilComparedAsync(driver.Accepted.ToHashSet(), compared);
        await Task.Delay(TimeSpan.FromSeconds(3));
    }

    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(25);
    private const int WarmUpStoriesPerRound = 400;
    private const int WarmUpRounds = 10;
    private const int FirstWarmUpStory = 20_000;

    /// <summary>The measured stories are 0 .. articles/5, below the warm-up's; synthetic names are unique up to 65536 stories.</summary>
    public const int MaxArticles = FirstWarmUpStory * SyntheticNews.OutletsPerStory;

    /// <summary>CPU used so far by each role process and, when the roles use them, by this bench's PostgreSQL cluster and RabbitMQ node.</summary>
    private static Dictionary<string, TimeSpan> CpuSnapshot(IReadOnlyList<RoleProcess> roles)
    {
        var snapshot = roles.GroupBy(r => r.Roles).ToDictionary(g => g.Key, g => g.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.CpuTime));
        if (roles is [_])
            return snapshot; // embedded: no servers
        snapshot["postgres"] = ProcessTreeCpu(ServerPids.Value.Postgres);
        snapshot["rabbitmq"] = ProcessTreeCpu(ServerPids.Value.RabbitMq);
        return snapshot;
    }

    /// <summary>The postmaster and the RabbitMQ node of the servers <c>deploy/local</c> started (other clusters on the machine are not ours).</summary>
    private static readonly Lazy<(int Postgres, int RabbitMq)> ServerPids = new(() =>
    {
        var pids = Servers.ShellAsync("head -1 \"$PGDATA/postmaster.pid\"; cat \"$RABBITMQ_PID_FILE\"").GetAwaiter().GetResult()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (int.Parse(pids[0], CultureInfo.InvariantCulture), int.Parse(pids[1], CultureInfo.InvariantCulture));
    });

    /// <summary>utime + stime of a process and its children (PostgreSQL's backends), from /proc in clock ticks of 10 ms.</summary>
    private static TimeSpan ProcessTreeCpu(int root)
    {
        var ticks = 0L;
        foreach (var folder in Directory.EnumerateDirectories("/proc").Where(d => Path.GetFileName(d).All(char.IsAsciiDigit)))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var pid = int.Parse(Path.GetFileName(folder), CultureInfo.InvariantCulture);
                if (pid != root && int.Parse(fields[1], CultureInfo.InvariantCulture) != root)
                    continue;
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended between listing and reading.
            }
        }

        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : Math.Max(0, sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)]);

    private const string ComparedSql = "SELECT article_id, compared_at FROM comparison.story_articles";

    private const string ExtractedSql = "SELECT article_id, extracted_at FROM extraction.extractions";

    private static async Task<Dictionary<Guid, DateTimeOffset>> PostgresStageAsync(Cluster cluster, string sql)
    {
        await using var db = await cluster.OpenDatabaseAsync();
        var rows = await db.QueryAsync<(string Id, string At)>(sql);
        return rows.ToDictionary(r => Guid.Parse(r.Id), r => DateTimeOffset.Parse(r.At, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<Dictionary<Guid, DateTimeOffset>> SqliteStageAsync(string database, string sql)
    {
        await using var db = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await db.OpenAsync();
        var rows = await db.QueryAsync<(string Id, string At)>(sql);
        return rows.ToDictionary(r => Guid.Parse(r.Id), r => DateTimeOffset.Parse(r.At, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Plain client ceiling: confirmed persistent publishes in windows of 256 into a quorum queue, consumed with acks.</summary>
    private static async Task<(double PerSecond, int Size)> RawBrokerAsync(int messages)
    {
        var sample = SyntheticNews.Articles(1, "raw").First();
        var body = Encoding.UTF8.GetBytes(new string('x', sample.Body.Length * 2 + 600));
        var factory = new ConnectionFactory { Uri = new Uri(Servers.RabbitMqUri("")) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await using var consumerChannel = await connection.CreateChannelAsync();
        var queue = "bench-raw-" + Guid.NewGuid().ToString("N")[..8];
        await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
        await consumerChannel.BasicQosAsync(0, 64, false);
        var received = 0;
        var all = new TaskCompletionSource();
        var consumer = new RabbitMQ.Client.Events.AsyncEventingBasicConsumer(consumerChannel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await consumerChannel.BasicAckAsync(delivery.DeliveryTag, false);
            if (Interlocked.Increment(ref received) == messages)
                all.TrySetResult();
        };
        await consumerChannel.BasicConsumeAsync(queue, autoAck: false, consumer);

        var clock = Stopwatch.StartNew();
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        for (var sent = 0; sent < messages; sent += 256)
        {
            var window = Enumerable.Range(sent, Math.Min(256, messages - sent))
                .Select(_ => publisher.BasicPublishAsync("", queue, false, properties, body).AsTask());
            await Task.WhenAll(window);
        }

        await all.Task.WaitAsync(TimeSpan.FromMinutes(5));
        var perSecond = messages / clock.Elapsed.TotalSeconds;
        await publisher.QueueDeleteAsync(queue);
        return (perSecond, body.Length);
    }
}
