using FactCheck.Comparison.Data;
using FactCheck.Platform.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Comparison.Tests;

/// <summary>
/// Tests over a comparison database in a folder of their own. Each <see cref="Database"/> is a separate
/// handle on the same file, as a second comparison process would have.
/// </summary>
public abstract class SqliteComparisonTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("factcheck-comparison-").FullName;
    private readonly List<ModuleDatabase> _databases = [];

    public async Task InitializeAsync()
    {
        TypeHandlers.Register();
        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(Database(), typeof(ComparisonModule).Assembly, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        foreach (var database in _databases)
            await database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    protected ModuleDatabase Database()
    {
        var database = new ModuleDatabase(ComparisonModule.Schema, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = _directory });
        _databases.Add(database);
        return database;
    }

    protected StoryComparison Instance() => new(new StoryRepository(Database()), TimeProvider.System);

    /// <summary>The story an article's latest version is in now (merges and moves re-point it).</summary>
    protected async Task<Guid> StoryOfAsync(Guid articleId)
    {
        var repository = new StoryRepository(Database());
        await using var connection = await repository.OpenAsync(CancellationToken.None);
        await using var read = await connection.BeginTransactionAsync();
        return (await repository.LatestVersionAsync(connection, read, articleId, CancellationToken.None))!.StoryId;
    }
}
