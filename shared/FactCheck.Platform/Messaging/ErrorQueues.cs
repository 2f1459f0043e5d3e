using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace FactCheck.Platform.Messaging;

/// <summary>An endpoint's <c>_error</c> queue: how many messages wait there and why the oldest failed.</summary>
public sealed record ErrorQueue(string Queue, uint Messages, string? OldestReason);

/// <summary>
/// Inspects and re-drives the <c>_error</c> queues MassTransit fills when a message's retries are spent.
/// Replay moves each message back to its endpoint's queue (publisher-confirmed before the error copy is
/// acknowledged), without the fault headers, so a fixed consumer gets a clean second chance.
/// </summary>
public sealed class ErrorQueues(Uri rabbitMq)
{
    private const string FaultHeaderPrefix = "MT-Fault-";

    public async Task<IReadOnlyList<ErrorQueue>> ListAsync(IEnumerable<string> endpointQueues, CancellationToken ct)
    {
        await using var connection = await ConnectAsync(ct);
        var result = new List<ErrorQueue>();
        foreach (var queue in endpointQueues)
        {
            var errorQueue = queue + EndpointTopology.ErrorSuffix;
            // A missing queue closes the channel, so each queue is asked on a channel of its own.
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            try
            {
                var declared = await channel.QueueDeclarePassiveAsync(errorQueue, ct);
                result.Add(new ErrorQueue(errorQueue, declared.MessageCount, declared.MessageCount == 0 ? null : await OldestReasonAsync(channel, errorQueue, ct)));
            }
            catch (OperationInterruptedException)
            {
                result.Add(new ErrorQueue(errorQueue, 0, null));
            }
        }

        return result;
    }

    /// <summary>Moves up to <paramref name="max"/> messages from <c>queue_error</c> back to <c>queue</c>; returns how many moved.</summary>
    public async Task<int> ReplayAsync(string queue, int max, CancellationToken ct)
    {
        var errorQueue = queue.EndsWith(EndpointTopology.ErrorSuffix, StringComparison.Ordinal) ? queue : queue + EndpointTopology.ErrorSuffix;
        var target = errorQueue[..^EndpointTopology.ErrorSuffix.Length];
        await using var connection = await ConnectAsync(ct);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        await channel.QueueDeclarePassiveAsync(target, ct);
        var moved = 0;
        while (moved < max)
        {
            var message = await channel.BasicGetAsync(errorQueue, autoAck: false, ct);
            if (message is null)
                break;
            var properties = new BasicProperties(message.BasicProperties) { Persistent = true };
            if (properties.Headers is not null)
            {
                properties.Headers = properties.Headers
                    .Where(h => !h.Key.StartsWith(FaultHeaderPrefix, StringComparison.Ordinal) && h.Key is not ("MT-Reason" or "x-death" or DelayQueues.AttemptHeader))
                    .ToDictionary(h => h.Key, h => h.Value);
            }

            // The default exchange routes by queue name: straight back to the endpoint, not to every subscriber.
            await channel.BasicPublishAsync("", target, mandatory: true, properties, message.Body, ct);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, ct);
            moved++;
        }

        return moved;
    }

    private async Task<IConnection> ConnectAsync(CancellationToken ct) =>
        await new ConnectionFactory { Uri = rabbitMq, ClientProvidedName = "factcheck errors" }.CreateConnectionAsync(ct);

    private static async Task<string?> OldestReasonAsync(IChannel channel, string errorQueue, CancellationToken ct)
    {
        var oldest = await channel.BasicGetAsync(errorQueue, autoAck: false, ct);
        if (oldest is null)
            return null;
        await channel.BasicNackAsync(oldest.DeliveryTag, multiple: false, requeue: true, ct);
        return oldest.BasicProperties.Headers?.TryGetValue(FaultHeaderPrefix + "Message", out var reason) == true && reason is byte[] bytes
            ? Encoding.UTF8.GetString(bytes)
            : null;
    }
}
