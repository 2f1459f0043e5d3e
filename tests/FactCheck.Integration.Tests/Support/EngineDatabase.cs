using System.Reflection;
using FactCheck.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Integration.Tests.Support;

/// <summary>A service's migrated database on one engine: a temp SQLite folder or a fresh PostgreSQL database.</summary>
public sealed class EngineDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static readonly TheoryData<string> Engines = new() { Sqlite, Postgres };

    private readonly string? _folder;
    private readonly string? _postgresDatabase;

    private EngineDatabase(ModuleDatabase database, string? folder, string? postgresDatabase)
    {
        Database = database;
        _folder = folder;
        _postgresDatabase = postgresDatabase;
    }

    public ModuleDatabase Database { get; }

    /// <param name="through">The last migration to apply (see <see cref="DatabaseMigrator.MigrateAsync"/>); all when null.</param>
    public static async Task<EngineDatabase> CreateAsync(string engine, string schema, Assembly migrations, string? through = null)
    {
        TypeHandlers.Register();
        EngineDatabase created;
        if (engine == Postgres)
        {
            var name = await Servers.CreateDatabaseAsync();
            created = new EngineDatabase(
                new ModuleDatabase(schema, new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = Servers.PostgresFor(name) }), null, name);
        }
        else
        {
            var folder = Directory.CreateTempSubdirectory("factcheck-repo-").FullName;
            created = new EngineDatabase(new ModuleDatabase(schema, new DatabaseOptions { DataDirectory = folder }), folder, null);
        }

        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(created.Database, migrations, CancellationToken.None, through);
        return created;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (_postgresDatabase is not null)
            await Servers.DropDatabaseAsync(_postgresDatabase);
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
