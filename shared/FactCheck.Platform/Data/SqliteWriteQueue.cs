using System.Threading.Channels;
using Dapper;

namespace FactCheck.Platform.Data;

/// <summary>
/// The one writer of a service's SQLite file. SQLite lets one transaction write at a time, so writers from many
/// consumers met at the file lock and slept in its busy handler, each paying a commit of its own. Here the commands
/// queued while a transaction commits go together in the next one: one commit, one write-ahead-log append of the
/// pages they share. A batch that fails is rolled back and its commands run again one at a time, so a command that
/// cannot be stored fails alone and the others are stored.
/// </summary>
internal sealed class SqliteWriteQueue : IAsyncDisposable
{
    /// <summary>Enough to share a commit among every consumer's concurrent messages, small enough to keep a batch short.</summary>
    public const int MaxBatch = 64;

    private readonly ModuleDatabase _database;
    private readonly Channel<Write> _queue = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public SqliteWriteQueue(ModuleDatabase database)
    {
        _database = database;
        _writer = Task.Run(WriteAllAsync);
    }

    /// <summary>Runs <paramref name="sql"/> in the next transaction; returns the rows it changed once that transaction has committed.</summary>
    public Task<int> ExecuteAsync(string sql, object parameters, CancellationToken ct)
    {
        var write = new Write(sql, parameters, ct);
        if (!_queue.Writer.TryWrite(write))
            throw new ObjectDisposedException(nameof(SqliteWriteQueue));
        return write.Done.Task;
    }

    private async Task WriteAllAsync()
    {
        var batch = new List<Write>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
            {
                if (write.Cancellation.IsCancellationRequested)
                    write.Done.TrySetCanceled(write.Cancellation);
                else
                    batch.Add(write);
            }

            if (batch.Count > 1 && await TryTogetherAsync(batch))
                continue;
            foreach (var write in batch)
                await WriteAloneAsync(write);
        }
    }

    private async Task<bool> TryTogetherAsync(List<Write> batch)
    {
        var changed = new int[batch.Count];
        try
        {
            await CommitAsync(batch, changed);
        }
        catch (Exception)
        {
            // Rolled back: each command runs alone next, and reports its own outcome.
            return false;
        }

        for (var i = 0; i < batch.Count; i++)
            batch[i].Done.TrySetResult(changed[i]);
        return true;
    }

    private async Task WriteAloneAsync(Write write)
    {
        var changed = new int[1];
        try
        {
            await CommitAsync([write], changed);
            write.Done.TrySetResult(changed[0]);
        }
        catch (Exception ex)
        {
            write.Done.TrySetException(ex);
        }
    }

    private async Task CommitAsync(IReadOnlyList<Write> writes, int[] changed)
    {
        using var turn = await _database.WriterTurnAsync(CancellationToken.None);
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        for (var i = 0; i < writes.Count; i++)
            changed[i] = await connection.ExecuteAsync(new CommandDefinition(writes[i].Sql, writes[i].Parameters, transaction));
        await transaction.CommitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private sealed record Write(string Sql, object Parameters, CancellationToken Cancellation)
    {
        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
