using System.Diagnostics;
using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;

namespace FactCheck.Platform.Data;

/// <summary>
/// Applies a service's numbered, embedded <c>Migrations/NNNN_name.sql</c> scripts in order, once each,
/// recording them in that service's <c>schema_migrations</c> table.
/// </summary>
public sealed class DatabaseMigrator(ILogger<DatabaseMigrator> logger)
{
    private const string CreateSchema = """CREATE SCHEMA IF NOT EXISTS "{0}" """;

    private const string CreateHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            id TEXT PRIMARY KEY,
            applied_at TEXT NOT NULL
        )
        """;

    private const string SelectApplied = "SELECT id FROM schema_migrations";

    private const string InsertApplied = "INSERT INTO schema_migrations (id, applied_at) VALUES (@Id, @AppliedAt)";

    /// <summary>
    /// Applies the scripts not applied yet, each in its own transaction; with <paramref name="through"/> (a script's id,
    /// "0003_story_merges") it stops after that one, so an upgrade from a database an older release left behind can be
    /// tested: migrate through that release's last script, store rows, then migrate the rest.
    /// </summary>
    public async Task MigrateAsync(ModuleDatabase database, Assembly migrations, CancellationToken ct, string? through = null)
    {
        using var activity = Telemetry.FactCheckTelemetry.Source.StartActivity("migrate " + database.Schema);
        try
        {
            await using var connection = await database.OpenAsync(ct);
            if (database.Dialect.Provider == DatabaseProvider.Postgres)
            {
                // The schema name comes from code (a service's fixed name), never from input.
                await connection.ExecuteAsync(new CommandDefinition(string.Format(CreateSchema, database.Schema), cancellationToken: ct));
            }
            else
            {
                await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL", cancellationToken: ct));
            }

            await connection.ExecuteAsync(new CommandDefinition(CreateHistory, cancellationToken: ct));
            var applied = (await connection.QueryAsync<string>(new CommandDefinition(SelectApplied, cancellationToken: ct))).ToHashSet();

            foreach (var (id, sql) in Scripts(migrations, database.Dialect))
            {
                if (applied.Contains(id))
                    continue;
                await using var transaction = await connection.BeginTransactionAsync(ct);
                await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: ct));
                await connection.ExecuteAsync(new CommandDefinition(InsertApplied, new { Id = id, AppliedAt = TypeHandlers.Format(DateTimeOffset.UtcNow) }, transaction, cancellationToken: ct));
                await transaction.CommitAsync(ct);
                logger.LogInformation("Applied migration {Migration} to {Schema}", id, database.Schema);
                if (id == through)
                    break;
            }
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            logger.LogError(ex, "Migrating {Schema} failed", database.Schema);
            throw;
        }
    }

    /// <summary>Scripts ordered by number; a dialect-specific file (<c>.postgres.sql</c>) replaces the portable one.</summary>
    internal static IEnumerable<(string Id, string Sql)> Scripts(Assembly assembly, SqlDialect dialect)
    {
        var scripts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(".Migrations.") && n.EndsWith(".sql")))
        {
            var fileName = resource[(resource.IndexOf(".Migrations.", StringComparison.Ordinal) + ".Migrations.".Length)..];
            var isSpecific = fileName.EndsWith(".postgres.sql") || fileName.EndsWith(".sqlite.sql");
            if (isSpecific && !fileName.EndsWith(dialect.MigrationSuffix))
                continue;
            var id = isSpecific ? fileName[..fileName.LastIndexOf('.', fileName.Length - 5)] : fileName[..^4];
            if (!isSpecific && scripts.ContainsKey(id))
                continue;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            scripts[id] = reader.ReadToEnd();
        }

        return scripts.Select(pair => (pair.Key, pair.Value));
    }
}
