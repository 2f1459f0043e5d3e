using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FactCheck.Platform.Data;

/// <summary>
/// The database a service owns: a file of its own on SQLite, a schema of its own on PostgreSQL.
/// Repositories open connections here and never see another service's tables.
/// </summary>
public sealed class ModuleDatabase : IAsyncDisposable
{
    private readonly string _sqliteConnectionString = "";
    private readonly NpgsqlDataSource? _postgres;
    private readonly SqliteWriteQueue? _sqliteWrites;
    private readonly SqliteCheckpointer? _sqliteCheckpoints;
    private readonly SemaphoreSlim? _sqliteWriterTurn;

    public ModuleDatabase(string schema, DatabaseOptions options)
    {
        Schema = schema;
        Dialect = options.Provider == DatabaseProvider.Postgres ? SqlDialect.Postgres : SqlDialect.Sqlite;
        if (options.Provider == DatabaseProvider.Postgres)
        {
            // No session state is ever set (the schema comes with the connection string), so a pooled
            // connection needs no DISCARD ALL round trip on return, and keeps its prepared statements:
            // the same few statements run for every article, parsed and planned once per connection.
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString)
            {
                SearchPath = schema,
                NoResetOnClose = true,
                MaxAutoPrepare = 64,
                AutoPrepareMinUsages = 2,
            };
            _postgres = NpgsqlDataSource.Create(builder.ConnectionString);
        }
        else
        {
            Directory.CreateDirectory(options.DataDirectory);
            _sqliteConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(options.DataDirectory, $"{schema}.db"),
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString();
            // Write-ahead logging lets readers run beside the writer; the file keeps the mode, so once is enough.
            using var connection = new SqliteConnection(_sqliteConnectionString);
            connection.Open();
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
            _sqliteWriterTurn = new SemaphoreSlim(1, 1);
            _sqliteWrites = new SqliteWriteQueue(this);
            _sqliteCheckpoints = new SqliteCheckpointer(this);
        }
    }

    public string Schema { get; }

    public SqlDialect Dialect { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (_postgres is not null)
            return await _postgres.OpenConnectionAsync(ct);

        var connection = new SqliteConnection(_sqliteConnectionString);
        await connection.OpenAsync(ct);
        // The settings belong to the SQLite handle, which the pool keeps open between uses: set them once per handle,
        // not on every open (they were four of the seven statements a comparison ran per article).
        if (_configuredSqliteHandles.TryAdd(connection.Handle!, Configured))
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = SqliteConnectionSettings;
            await pragma.ExecuteNonQueryAsync(ct);
        }

        return connection;
    }

    // Writers from several consumers share the file; wait for the lock instead of failing at once.
    // With write-ahead logging and synchronous=NORMAL a commit is not an fsync: a committed row
    // survives the process dying, only a power cut may lose the last ones.
    // The log is checkpointed in the background (SqliteCheckpointer); a writer does it only past the backstop.
    private static readonly string SqliteConnectionSettings =
        $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = {SqliteCheckpointer.BackstopPages};";

    private static readonly object Configured = new();

    // Weak keys: a handle the pool closes drops out with it, and a new handle is configured afresh.
    private readonly ConditionalWeakTable<object, object> _configuredSqliteHandles = new();

    /// <summary>
    /// A transaction that only reads, all from one snapshot. On SQLite it is deferred, so it takes no lock until it
    /// reads and never the write lock (write-ahead logging gives it its snapshot at the first read): it neither waits
    /// for a writer nor holds one up, where a plain <c>BeginTransaction</c> starts with <c>BEGIN IMMEDIATE</c> and
    /// takes the write lock for its whole length. On PostgreSQL it is REPEATABLE READ.
    /// </summary>
    public static async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);

    /// <summary>
    /// Waits until this process may write. SQLite lets one transaction write to a file at a time, and a writer that
    /// finds the file taken sleeps in SQLite's busy handler (1 ms, then longer) before it tries again; writers of this
    /// process take turns here instead, each starting the moment the last is done. Dispose the turn after the commit.
    /// <see cref="ExecuteAtomicAsync"/> takes a turn itself, so a caller holding one must not wait for it.
    /// PostgreSQL locks rows, not the database, so there every caller has its turn at once.
    /// </summary>
    public async ValueTask<IDisposable> WriterTurnAsync(CancellationToken ct)
    {
        if (_sqliteWriterTurn is null)
            return WriterTurn.None;
        await _sqliteWriterTurn.WaitAsync(ct);
        return new WriterTurn(_sqliteWriterTurn);
    }

    private sealed class WriterTurn(SemaphoreSlim? turn) : IDisposable
    {
        public static readonly WriterTurn None = new(null);

        private SemaphoreSlim? _turn = turn;

        public void Dispose() => Interlocked.Exchange(ref _turn, null)?.Release();
    }

    /// <summary>
    /// Runs a command of one or several statements all or nothing, and returns the rows they changed together.
    /// PostgreSQL runs the statements of one command in one implicit transaction (they are sent together, ended by a
    /// single Sync), so no BEGIN and COMMIT are spent on it. SQLite runs each statement on its own, so there the
    /// command goes to the file's one writer (<see cref="SqliteWriteQueue"/>), which commits it in a transaction
    /// with the other commands waiting at that moment.
    /// </summary>
    public async Task<int> ExecuteAtomicAsync(string sql, object parameters, CancellationToken ct)
    {
        if (_sqliteWrites is not null)
            return await _sqliteWrites.ExecuteAsync(sql, parameters, ct);

        await using var connection = await OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: ct));
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
            await _postgres.DisposeAsync();
        if (_sqliteWrites is not null)
        {
            await _sqliteWrites.DisposeAsync();
            await _sqliteCheckpoints!.DisposeAsync();
            SqliteConnection.ClearAllPools();
        }
    }
}
