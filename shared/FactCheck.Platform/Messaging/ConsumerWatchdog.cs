using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace FactCheck.Platform.Messaging;

/// <summary>
/// Restarts the bus when one of this process's queues has messages waiting and no consumer at all for
/// <see cref="ChecksBeforeRestart"/> checks in a row. After a RabbitMQ restart MassTransit sometimes leaves a process's
/// receive endpoints without consumers (seen here with the alerts and review roles, 0 consumers on all six of their
/// queues while the other roles had reconnected; MassTransit issues 5692 and 6095 report the same), and nothing else
/// would bring them back. While the broker is away nothing is counted: MassTransit reconnects by itself then.
/// Competing copies of a role share the queues, so a queue that another copy consumes is never idle here.
/// </summary>
internal sealed class ConsumerWatchdog(IBusControl bus, Uri broker, IReadOnlyList<string> queues, TimeSpan interval, ILogger<ConsumerWatchdog> logger)
    : BackgroundService
{
    public const int ChecksBeforeRestart = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "factcheck-consumer-watchdog" };
        var idleChecks = queues.ToDictionary(q => q, _ => 0);
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            IReadOnlySet<string> idle;
            try
            {
                idle = await IdleQueuesAsync(factory, stoppingToken);
            }
            catch (Exception ex) when (ex is BrokerUnreachableException or OperationInterruptedException or AlreadyClosedException or IOException or TimeoutException)
            {
                foreach (var queue in queues)
                    idleChecks[queue] = 0;
                continue;
            }

            foreach (var queue in queues)
                idleChecks[queue] = idle.Contains(queue) ? idleChecks[queue] + 1 : 0;
            var stuck = queues.Where(q => idleChecks[q] >= ChecksBeforeRestart).ToList();
            if (stuck.Count == 0)
                continue;

            logger.LogWarning("Messages wait in {Queues} and nothing consumes them; restarting the bus", string.Join(", ", stuck));
            await bus.StopAsync(stoppingToken);
            await bus.StartAsync(stoppingToken);
            foreach (var queue in queues)
                idleChecks[queue] = 0;
        }
    }

    /// <summary>This process's queues that hold messages and have no consumer, read with passive declarations.</summary>
    private async Task<IReadOnlySet<string>> IdleQueuesAsync(ConnectionFactory factory, CancellationToken ct)
    {
        await using var connection = await factory.CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        var idle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var queue in queues)
        {
            var state = await channel.QueueDeclarePassiveAsync(queue, ct);
            if (state.MessageCount > 0 && state.ConsumerCount == 0)
                idle.Add(queue);
        }

        return idle;
    }
}
