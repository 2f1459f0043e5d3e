using Dapper;
using Microsoft.Data.Sqlite;

namespace FactCheck.Platform.Data;

/// <summary>
/// Copies a SQLite file's write-ahead log back into the database in the background. Left to itself, SQLite does this
/// inside the commit that takes the log past 1000 pages, fsync included, while that writer holds the file and every
/// other writer waits for it. A passive checkpoint here copies what it can without taking the write lock. The writers'
/// own checkpoints stay as a backstop, at <see cref="BackstopPages"/>, for a log this one cannot keep up with.
/// </summary>
internal sealed class SqliteCheckpointer : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>Log pages (4 KiB each) after which a committing writer checkpoints itself.</summary>
    public const int BackstopPages = 16384;

    private readonly ModuleDatabase _database;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public SqliteCheckpointer(ModuleDatabase database)
    {
        _database = database;
        _loop = Task.Run(CheckpointAsync);
    }

    private async Task CheckpointAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                try
                {
                    await using var connection = await _database.OpenAsync(_stop.Token);
                    await connection.ExecuteAsync(new CommandDefinition("PRAGMA wal_checkpoint(PASSIVE)", cancellationToken: _stop.Token));
                }
                catch (SqliteException)
                {
                    // Busy or a full disk: the writers' backstop checkpoints keep the log bounded; try again next tick.
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
