using Dapper;
using FactCheck.Comparison;
using FactCheck.Comparison.Data;
using FactCheck.Comparison.Engine;
using FactCheck.Contracts;
using FactCheck.Integration.Tests.Support;
using FactCheck.Platform.Data;

namespace FactCheck.Integration.Tests.Repositories;

/// <summary>
/// A newsroom upgrades a running installation: the comparison tables a release before migration 0004 left behind
/// (articles indexed in <c>story_terms</c> only) must come through the later migrations with every article's terms
/// beside its row, so articles arriving after the upgrade still find the stories placed before it.
/// </summary>
public sealed class MigrationUpgradeTests
{
    private const string LastScriptBeforeTerms = "0003_story_merges";
    private static readonly DateTimeOffset Before = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private const string Text = "Rescue teams searched the Varnholm chemical works in Ostrava Kell after a fire swept through the plant on Tuesday, governor Miro Tasken said.";

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_backfill_the_terms_of_articles_stored_before_the_upgrade_and_place_new_articles_with_them(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ComparisonModule.Schema, typeof(ComparisonModule).Assembly, through: LastScriptBeforeTerms);
        var story = Guid.NewGuid();
        var terms = StoryFeatures.Terms(null, Text).All;
        var articles = new[] { Guid.NewGuid(), Guid.NewGuid() };
        await using (var connection = await db.Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertStorySql, new { story, now = Before }));
            foreach (var (article, i) in articles.Select((a, i) => (a, i)))
                await connection.ExecuteAsync(new CommandDefinition(InsertArticleSql(db.Database.Dialect), new { article, story, doc = $"old-{i}.txt", now = Before, terms = db.Database.Dialect.List(terms) }));
            await connection.ExecuteAsync(new CommandDefinition(CountSql(db.Database.Dialect), new { terms = db.Database.Dialect.List(terms.Append(StoryRepository.ArticleCountKey)) }));
        }

        await new DatabaseMigrator(Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseMigrator>.Instance)
            .MigrateAsync(db.Database, typeof(ComparisonModule).Assembly, CancellationToken.None);

        await using (var connection = await db.Database.OpenAsync(CancellationToken.None))
        {
            foreach (var article in articles)
            {
                var stored = await connection.QuerySingleAsync<string>(new CommandDefinition("SELECT terms FROM story_articles WHERE article_id = @article", new { article }));
                Assert.Equal(terms.Order(StringComparer.Ordinal), stored.Split(' ').Order(StringComparer.Ordinal));
            }
        }

        var comparison = new StoryComparison(new StoryRepository(db.Database), TimeProvider.System);
        var placed = await comparison.CompareAsync(new ClaimsExtracted { ArticleId = Guid.NewGuid(), Doc = "new.txt", Outlet = "Wire", Text = Text + " Officials said the blaze was out." }, CancellationToken.None);
        Assert.Equal(story, placed.Story.Id);
    }

    private const string InsertStorySql = "INSERT INTO stories (id, title, revision, created_at) VALUES (@story, 'Fire at the Varnholm works', 1, @now)";

    private static string InsertArticleSql(SqlDialect dialect) => $"""
        INSERT INTO story_articles (article_id, version, story_id, doc, outlet, fingerprint, entities, claims, compared_at)
        VALUES (@article, 1, @story, @doc, 'Wire', 0, '[]', '[]', @now);
        INSERT INTO story_terms (term, article_id) SELECT value, @article FROM {dialect.Rows("terms")}
        """;

    private static string CountSql(SqlDialect dialect) => $"INSERT INTO term_stats (term, df) SELECT value, 2 FROM {dialect.Rows("terms")}";
}
