using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FactCheck.Comparison.Data;
using FactCheck.Comparison.Drafts;
using FactCheck.Comparison.Engine;
using FactCheck.Contracts;
using FactCheck.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Comparison.Benchmarks;

/// <summary>
/// Time to place and compare one article, and to check one draft, with 1 000, 10 000 and 100 000
/// articles already stored (SQLite file, the embedded default). The store is seeded directly, in one
/// transaction, with the rows placement would have written.
/// </summary>
[MemoryDiagnoser]
public class PlacementBenchmarks
{
    private string _directory = "";
    private ModuleDatabase _database = null!;
    private StoryComparison _comparison = null!;
    private DraftCheck _drafts = null!;
    private int _next;

    [Params(1_000, 10_000, 100_000)]
    public int Stored { get; set; }

    public static IConfig Config() => DefaultConfig.Instance
        // In process: a shared 2-core machine cannot rebuild a boilerplate project within BenchmarkDotNet's timeout;
        // seeding 100 000 articles needs a longer one, and enough warm-up that the first case does not pay for the JIT.
        .AddJob(Job.Default.WithWarmupCount(6).WithIterationCount(8).WithInvocationCount(32).WithUnrollFactor(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)))
        .AddColumn(StatisticColumn.P95)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);

    [GlobalSetup]
    public void Setup()
    {
        TypeHandlers.Register();
        _directory = Directory.CreateTempSubdirectory("factcheck-bench-").FullName;
        _database = new ModuleDatabase(ComparisonModule.Schema, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = _directory });
        new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(_database, typeof(ComparisonModule).Assembly, CancellationToken.None).GetAwaiter().GetResult();
        Seed(Path.Combine(_directory, ComparisonModule.Schema + ".db"), Stored);
        var repository = new StoryRepository(_database);
        _comparison = new StoryComparison(repository, TimeProvider.System);
        _drafts = new DraftCheck(repository, new FixedClaims(), TimeProvider.System);
        var bytes = new FileInfo(Path.Combine(_directory, ComparisonModule.Schema + ".db")).Length;
        Console.WriteLine($"// stored {Stored} articles: {bytes / 1024 / 1024} MiB, {bytes / Stored} bytes per article");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Description = "place and compare one article")]
    public Task<ComparisonOutcome> PlaceAndCompare()
    {
        var story = (_next++ * 7919) % (Stored / SyntheticStories.ArticlesPerStory);
        return _comparison.CompareAsync(SyntheticStories.Article(Guid.NewGuid(), story, 100 + _next), CancellationToken.None);
    }

    [Benchmark(Description = "check one draft")]
    public Task<DraftVerdict> CheckDraft()
    {
        var story = (_next++ * 104729) % (Stored / SyntheticStories.ArticlesPerStory);
        return _drafts.CheckAsync(new DraftSubmission { Text = SyntheticStories.Text(story, 1) }, CancellationToken.None);
    }

    private sealed class FixedClaims : IDraftClaimReader
    {
        public IReadOnlyList<Claim> Read(string? title, string text, DateTimeOffset? publishedAt) =>
            SyntheticStories.Article(Guid.Empty, 0, 1).Claims;
    }

    /// <summary>Writes the rows placement and comparison would have written for <paramref name="articles"/> articles.</summary>
    private static void Seed(string file, int articles)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var story = Command(connection, transaction, "INSERT INTO stories (id, title, revision, created_at) VALUES ($id, $title, 1, '2026-01-01T00:00:00.0000000Z')", "$id", "$title");
        using var article = Command(connection, transaction, """
            INSERT INTO story_articles (article_id, version, story_id, doc, outlet, title, url, published_at, fingerprint, entities, claims, terms, compared_at)
            VALUES ($id, 1, $story, $doc, $outlet, NULL, NULL, NULL, 0, '[]', $claims, $terms, '2026-01-01T00:00:00.0000000Z')
            """, "$id", "$story", "$doc", "$outlet", "$claims", "$terms");
        using var term = Command(connection, transaction, "INSERT INTO story_terms (term, article_id) VALUES ($term, $id)", "$term", "$id");
        var holding = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var s = 0; s < articles / SyntheticStories.ArticlesPerStory; s++)
        {
            var storyId = Guid.NewGuid().ToString("D");
            Run(story, storyId, $"Story {s}");
            for (var a = 0; a < SyntheticStories.ArticlesPerStory; a++)
            {
                var message = SyntheticStories.Article(Guid.NewGuid(), s, a);
                var articleId = message.ArticleId.ToString("D");
                var terms = StoryFeatures.Terms(null, message.Text).All;
                Run(article, articleId, storyId, message.Doc, message.Outlet, JsonSerializer.Serialize(message.Claims), string.Join(' ', terms));
                foreach (var t in terms)
                {
                    Run(term, t, articleId);
                    holding[t] = holding.GetValueOrDefault(t) + 1;
                }
            }
        }

        holding[StoryRepository.ArticleCountKey] = articles;
        using var stats = Command(connection, transaction, "INSERT INTO term_stats (term, df) VALUES ($term, $df)", "$term", "$df");
        foreach (var (t, df) in holding)
            Run(stats, t, df);
        transaction.Commit();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }
}
