using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using FactCheck.Integration.Tests.Support;
using FactCheck.Platform.Data;
using FactCheck.Platform.Security;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Integration.Tests.Repositories;

public sealed class PlatformDataTests
{
    private sealed record Row(Guid Id, DateTimeOffset At, DateTimeOffset? Maybe);

    /// <summary>A migrated service database to create probe tables in.</summary>
    private static Task<EngineDatabase> ScratchAsync(string engine) =>
        EngineDatabase.CreateAsync(engine, "review", typeof(FactCheck.Review.ReviewModule).Assembly);

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_read_back_guids_and_instants_when_stored_as_text(string engine)
    {
        await using var db = await ScratchAsync(engine);
        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("CREATE TABLE probe (id TEXT PRIMARY KEY, at TEXT NOT NULL, maybe TEXT NULL)");
        var local = new DateTimeOffset(2026, 11, 21, 23, 59, 59, TimeSpan.FromHours(5)).AddTicks(7);
        var rows = new[] { new Row(Guid.NewGuid(), local, null), new Row(Guid.NewGuid(), local.AddDays(-1), local) };

        foreach (var row in rows)
            await connection.ExecuteAsync("INSERT INTO probe (id, at, maybe) VALUES (@Id, @At, @Maybe)", row);
        var read = (await connection.QueryAsync<Row>("SELECT id AS Id, at AS At, maybe AS Maybe FROM probe ORDER BY at")).ToList();
        var byNull = await connection.QueryAsync<Guid>("SELECT id FROM probe WHERE @maybe IS NULL OR maybe = @maybe", new { maybe = (DateTimeOffset?)null });
        var byValue = await connection.QuerySingleAsync<Guid>("SELECT id FROM probe WHERE @id IS NULL OR id = @id", new { id = (Guid?)rows[0].Id });

        Assert.Equal(rows.Reverse(), read);
        Assert.Equal(TimeSpan.Zero, read[0].At.Offset);
        Assert.Equal(2, byNull.Count());
        Assert.Equal(rows[0].Id, byValue);
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_apply_each_migration_once_when_migrating_twice(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, "alerts", typeof(FactCheck.Alerts.AlertsModule).Assembly);

        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(db.Database, typeof(FactCheck.Alerts.AlertsModule).Assembly, CancellationToken.None);

        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        var scripts = typeof(FactCheck.Alerts.AlertsModule).Assembly.GetManifestResourceNames().Count(n => n.Contains(".Migrations.") && n.EndsWith(".sql"));
        Assert.Equal(scripts, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_keep_nothing_of_a_command_when_its_last_statement_fails(string engine)
    {
        await using var db = await ScratchAsync(engine);
        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("CREATE TABLE probe (id TEXT PRIMARY KEY, n INTEGER NOT NULL)");
        var rows = JsonSerializer.Serialize(new[] { new { id = "a", n = 1 }, new { id = "b", n = 2 } });
        var insert = $"INSERT INTO probe (id, n) SELECT probe_rows.id, probe_rows.n FROM {db.Database.Dialect.Records("probe_rows", "id text", "n integer")}";

        var stored = await db.Database.ExecuteAtomicAsync(insert, new { probe_rows = rows }, CancellationToken.None);
        await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Database.ExecuteAtomicAsync($"INSERT INTO probe (id, n) VALUES ('c', 3);\n{insert}", new { probe_rows = rows }, CancellationToken.None));
        var kept = await connection.QueryAsync<(string Id, long N)>("SELECT id, n FROM probe ORDER BY id");

        Assert.Equal(2, stored);
        Assert.Equal([("a", 1L), ("b", 2L)], kept);
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_store_every_concurrent_command_but_the_one_that_fails(string engine)
    {
        await using var db = await ScratchAsync(engine);
        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("CREATE TABLE probe (id TEXT PRIMARY KEY, n INTEGER NOT NULL CHECK (n >= 0))");
        const string insert = "INSERT INTO probe (id, n) VALUES (@id, @n) ON CONFLICT DO NOTHING";

        // Fired together, so SQLite's writer finds them queued and commits them in shared transactions.
        var writes = Enumerable.Range(0, 300)
            .Select(i => db.Database.ExecuteAtomicAsync(insert, new { id = $"row{i % 250:D3}", n = i == 123 ? -1 : i % 250 }, CancellationToken.None))
            .ToList();
        var outcomes = await Task.WhenAll(writes.Select(async w =>
        {
            try
            {
                return await w;
            }
            catch (DbException)
            {
                return -1;
            }
        }));
        var kept = (await connection.QueryAsync<string>("SELECT id FROM probe ORDER BY id")).ToList();

        Assert.Equal(-1, outcomes[123]);
        Assert.Equal(249, outcomes.Count(o => o == 1));
        Assert.Equal(50, outcomes.Count(o => o == 0));
        Assert.Equal(Enumerable.Range(0, 250).Where(i => i != 123).Select(i => $"row{i:D3}"), kept);
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_give_writers_turns_on_sqlite_only(string engine)
    {
        await using var db = await ScratchAsync(engine);

        var first = await db.Database.WriterTurnAsync(CancellationToken.None);
        var second = db.Database.WriterTurnAsync(CancellationToken.None).AsTask();
        if (engine == EngineDatabase.Postgres)
        {
            Assert.True(second.IsCompletedSuccessfully, "PostgreSQL locks rows: a writer never waits for a turn");
            return;
        }

        // Neither can go ahead while the first turn is held, so these waits cannot pass by luck.
        var secondWaited = await Task.WhenAny(second, Task.Delay(200)) != second;
        var write = db.Database.ExecuteAtomicAsync("CREATE TABLE probe (id TEXT PRIMARY KEY)", new { }, CancellationToken.None);
        var writeWaited = await Task.WhenAny(write, Task.Delay(200)) != write;
        first.Dispose();
        first.Dispose();
        (await second).Dispose();
        await write;

        Assert.True(secondWaited && writeWaited, $"second turn waited: {secondWaited}, queued write waited: {writeWaited}");
    }

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_let_writers_commit_while_a_snapshot_reads(string engine)
    {
        await using var db = await ScratchAsync(engine);
        await db.Database.ExecuteAtomicAsync("CREATE TABLE probe (id TEXT PRIMARY KEY)", new { }, CancellationToken.None);
        await db.Database.ExecuteAtomicAsync("INSERT INTO probe (id) VALUES ('before')", new { }, CancellationToken.None);
        await using var reader = await db.Database.OpenAsync(CancellationToken.None);

        await using var snapshot = await ModuleDatabase.BeginSnapshotAsync(reader, CancellationToken.None);
        var first = await reader.QueryAsync<string>(new CommandDefinition("SELECT id FROM probe", transaction: snapshot));
        // A snapshot holding the write lock would keep this waiting for the whole busy timeout (30 s).
        var write = db.Database.ExecuteAtomicAsync("INSERT INTO probe (id) VALUES ('during')", new { }, CancellationToken.None);
        var committed = await Task.WhenAny(write, Task.Delay(TimeSpan.FromSeconds(5))) == write;
        var second = await reader.QueryAsync<string>(new CommandDefinition("SELECT id FROM probe", transaction: snapshot));
        await snapshot.CommitAsync();

        Assert.True(committed, "the writer waited for the reading transaction");
        Assert.Equal(["before"], first);
        Assert.Equal(["before"], second);
    }

    [Fact]
    public async Task Should_configure_every_sqlite_connection_whether_new_or_pooled()
    {
        await using var db = await ScratchAsync(EngineDatabase.Sqlite);
        var settings = new List<(long, long, long)>();
        for (var round = 0; round < 3; round++)
        {
            // The second open reuses the pooled connection; after clearing the pool the third is a new one.
            if (round == 2)
                SqliteConnection.ClearAllPools();
            await using var connection = await db.Database.OpenAsync(CancellationToken.None);
            settings.Add((await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"), await connection.ExecuteScalarAsync<long>("PRAGMA synchronous"),
                await connection.ExecuteScalarAsync<long>("PRAGMA wal_autocheckpoint")));
        }

        Assert.All(settings, s => Assert.Equal((1L, 1L, 16384L), s));
    }

    [Fact]
    public async Task Should_copy_the_sqlite_log_into_the_database_without_a_writer_doing_it()
    {
        await using var db = await ScratchAsync(EngineDatabase.Sqlite);
        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        var file = new FileInfo(connection.DataSource);
        await db.Database.ExecuteAtomicAsync("CREATE TABLE probe (id INTEGER PRIMARY KEY, body TEXT NOT NULL)", new { }, CancellationToken.None);
        await Task.Delay(SqliteCheckpointIntervalTwice);
        file.Refresh();
        var before = file.Length;

        // About 500 log pages: far below the point where a committing writer would checkpoint by itself.
        var body = new string('x', 4000);
        await Task.WhenAll(Enumerable.Range(0, 500).Select(i => db.Database.ExecuteAtomicAsync("INSERT INTO probe (id, body) VALUES (@i, @body)", new { i, body }, CancellationToken.None)));
        var grown = false;
        for (var attempt = 0; attempt < 50 && !grown; attempt++)
        {
            await Task.Delay(100);
            file.Refresh();
            grown = file.Length > before + 1_000_000;
        }

        Assert.True(grown, $"the database file stayed at {file.Length} bytes; the rows are still only in the log");
    }

    private static readonly TimeSpan SqliteCheckpointIntervalTwice = TimeSpan.FromSeconds(1);

    [Theory]
    [MemberData(nameof(EngineDatabase.Engines), MemberType = typeof(EngineDatabase))]
    public async Task Should_require_a_key_created_elsewhere_once_the_recheck_time_has_passed(string engine)
    {
        await using var db = await EngineDatabase.CreateAsync(engine, ApiKeys.Schema, typeof(ApiKeys).Assembly);
        var clock = new ManualClock();
        var server = new ApiKeyStore(db.Database, clock);
        var command = new ApiKeyStore(db.Database, clock);

        var before = await server.AnyAsync(CancellationToken.None);
        await command.CreateAsync(ApiKeyRoles.Ingest, null, CancellationToken.None);
        var withinRecheck = await server.AnyAsync(CancellationToken.None);
        clock.Advance(ApiKeyStore.NoKeyRecheck);
        var afterRecheck = await server.AnyAsync(CancellationToken.None);

        Assert.Equal((false, false, true), (before, withinRecheck, afterRecheck));
        Assert.True(await command.AnyAsync(CancellationToken.None));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
