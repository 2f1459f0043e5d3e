using Dapper;
using FactCheck.Contracts;
using FactCheck.Extraction;
using FactCheck.Extraction.Data;
using FactCheck.Integration.Tests.Support;

namespace FactCheck.Integration.Tests.Repositories;

public sealed class ExtractionRepositoryTests
{
    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_keep_one_row_when_the_same_claims_are_saved_twice(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ExtractionModule.Schema, typeof(ExtractionModule).Assembly);
        var repository = new ExtractionRepository(db.Database);
        var articleId = Guid.NewGuid();
        Claim[] claims = [new() { Kind = "count", Slot = "deaths", Value = 12, Display = "12 people were killed" }];

        await repository.SaveAsync(articleId, 1, claims, DateTimeOffset.UtcNow, CancellationToken.None);
        await repository.SaveAsync(articleId, 1, claims, DateTimeOffset.UtcNow, CancellationToken.None);

        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<(long Count, string Claims)>(
            "SELECT claim_count, claims FROM extractions WHERE article_id = @articleId", new { articleId });
        var row = Assert.Single(rows);
        Assert.Equal(1, row.Count);
        Assert.Contains("deaths", row.Claims);
    }
}
