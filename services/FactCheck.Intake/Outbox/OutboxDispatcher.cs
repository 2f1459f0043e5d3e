using System.Diagnostics;
using FactCheck.Platform.Telemetry;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Intake.Outbox;

/// <summary>
/// Publishes outbox rows and marks them sent: woken by <see cref="OutboxSignal"/> after each commit and
/// every <c>Intake:OutboxPollSeconds</c>, so rows left by a process that died before publishing go out
/// after restart. Delivery is at least once (a crash between publish and mark re-publishes); the
/// message id is the row id and consumers are idempotent.
/// </summary>
public sealed class OutboxDispatcher(
    OutboxRepository outbox,
    OutboxSignal signal,
    IBus bus,
    IHostApplicationLifetime lifetime,
    IOptions<IntakeOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatchOutbox)
            return;
        // The bus must be running before anything is published; it is once the host has started.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(stoppingToken);
        var interval = TimeSpan.FromSeconds(options.Value.OutboxPollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The broker or database is away (a lost connection may surface as a cancellation too);
                // rows stay pending and the next round tries again.
                logger.LogWarning(ex, "Dispatching the intake outbox failed; retrying in {Interval}", interval);
            }

            await signal.WaitAsync(interval, stoppingToken);
        }
    }

    /// <summary>Publishes a batch side by side (each waits for its broker confirm) and marks it sent in one statement.</summary>
    private async Task<int> DispatchAsync(CancellationToken stoppingToken)
    {
        using var batch = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        batch.CancelAfter(TimeSpan.FromSeconds(options.Value.OutboxPublishTimeoutSeconds));
        var ct = batch.Token;
        var (pending, unsent) = await outbox.PendingAsync(BatchSize, ct);
        await Task.WhenAll(pending.Select(row => PublishAsync(row, ct))).WaitAsync(ct);
        await outbox.MarkSentAsync(pending.Select(row => row.Id).ToList(), clock.GetUtcNow(), ct);

        // Rows committed since the batch was read are counted by the round their commit wakes.
        FactCheckMetrics.ReportBacklog("intake", unsent - pending.Count);
        return pending.Count;
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken ct)
    {
        var (message, type) = row.Read();
        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = FactCheckTelemetry.Source.StartActivity("outbox publish", ActivityKind.Producer, parent);
        await bus.Publish(message, type, Pipe.Execute<PublishContext>(context => context.MessageId = row.Id), ct);
    }
}
