using System.Text.RegularExpressions;
using Dapper;
using FactCheck.Comparison;
using FactCheck.Comparison.Data;
using FactCheck.Integration.Tests.Support;
using FactCheck.Platform.Data;

namespace FactCheck.Integration.Tests.Repositories;

/// <summary>
/// Placement looks terms up in tables that grow with every article, and a few terms ("said", "officials") are in
/// most articles. The planner must still read the indexes for the handful of rare terms placement asks about,
/// or every placement scans every stored posting.
/// </summary>
public sealed class TermIndexPlanTests
{
    private const int Articles = 2000;
    private static readonly string[] CommonTerms = Enumerable.Range(0, 17).Select(i => $"w:common{i}").ToArray();
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_read_the_term_indexes_when_a_few_terms_are_in_every_article(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ComparisonModule.Schema, typeof(ComparisonModule).Assembly);
        var repository = new StoryRepository(db.Database);
        await using var connection = await repository.OpenAsync(CancellationToken.None);
        // Statistics gathered while the index was small, as autovacuum leaves them between its runs while articles pour in.
        await SeedAsync(repository, connection, 0, Articles / 10);
        await connection.ExecuteAsync(new CommandDefinition("ANALYZE", commandType: System.Data.CommandType.Text));
        await SeedAsync(repository, connection, Articles / 10, Articles);

        var rare = Enumerable.Range(0, 4).Select(i => StoryTerm(7, i)).ToArray();
        var ids = Enumerable.Range(0, 24).Select(_ => Guid.NewGuid()).ToList();
        var shortlist = await PlanAsync(db.Database, connection, repository.ShortlistSql, new { terms = db.Database.Dialect.List(rare), limit = 24 });
        var rarity = await PlanAsync(db.Database, connection, repository.TermRaritySql, new { terms = db.Database.Dialect.List(rare.Concat(CommonTerms)) });
        var candidates = await PlanAsync(db.Database, connection, repository.CandidatesSql, new { ids = db.Database.Dialect.List(ids), placedAfter = (long)Articles });

        Assert.DoesNotMatch(FullScanOf("story_terms", "story_terms", engine), shortlist);
        Assert.DoesNotMatch(FullScanOf("term_stats", "term_stats", engine), rarity);
        Assert.DoesNotMatch(FullScanOf("story_articles", "a", engine), candidates);
        Assert.Equal(5, (await repository.ShortlistAsync(connection, null, rare, 24, CancellationToken.None)).Count);
    }

    private static string StoryTerm(int story, int i) => $"e:story{story}term{i}";

    /// <summary>How each engine's plan says it reads every row of <paramref name="table"/> (SQLite names it by its alias).</summary>
    private static Regex FullScanOf(string table, string alias, string engine) =>
        new(engine == EngineDatabase.Postgres ? $@"Seq Scan on {table}\b" : $@"\bSCAN {alias}\b");

    /// <summary>Five articles a story, each with the story's four rare terms and the seventeen common ones.</summary>
    private static async Task SeedAsync(StoryRepository repository, System.Data.Common.DbConnection connection, int from, int to)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var storyId = Guid.Empty;
        for (var i = from; i < to; i++)
        {
            var story = i / 5;
            if (i % 5 == 0)
            {
                storyId = Guid.NewGuid();
                await repository.CreateStoryAsync(connection, transaction, new StoryRow(storyId, $"Story {story}", 0), Now, CancellationToken.None);
            }

            var terms = Enumerable.Range(0, 4).Select(t => StoryTerm(story, t)).Concat(CommonTerms).ToList();
            var article = new StoredArticle { ArticleId = Guid.NewGuid(), Version = 1, StoryId = storyId, Doc = $"{i}.txt", Outlet = "Wire", Terms = string.Join(' ', terms) };
            await repository.InsertAndIndexAsync(connection, transaction, article, terms, terms, firstVersion: true, i + 1, Now, CancellationToken.None);
        }

        await transaction.CommitAsync();
    }

    private static async Task<string> PlanAsync(ModuleDatabase database, System.Data.Common.DbConnection connection, string sql, object parameters)
    {
        var explain = database.Dialect.Provider == DatabaseProvider.Postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ";
        var rows = await connection.QueryAsync(explain + sql, parameters);
        return string.Join("\n", rows.Select(r => string.Join(" | ", ((IDictionary<string, object>)r).Values)));
    }
}
