using System.Text.Json;
using Dapper;
using FactCheck.Contracts;
using FactCheck.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Extraction.Data;

public sealed class ExtractionRepository([FromKeyedServices(ExtractionModule.Schema)] ModuleDatabase database)
{
    /// <summary>Records an article version's claims; a redelivered message finds the row already there.</summary>
    public async Task SaveAsync(Guid articleId, int version, IReadOnlyList<Claim> claims, DateTimeOffset extractedAt, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO extractions (article_id, version, claim_count, claims, extracted_at)
            VALUES (@articleId, @version, @claimCount, @claims, @extractedAt)
            ON CONFLICT DO NOTHING
            """;
        await database.ExecuteAtomicAsync(sql,
            new { articleId, version, claimCount = claims.Count, claims = JsonSerializer.Serialize(claims), extractedAt }, ct);
    }
}
