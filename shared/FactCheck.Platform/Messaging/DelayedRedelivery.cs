using System.Globalization;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace FactCheck.Platform.Messaging;

/// <summary>
/// Redelivery later, after the immediate retries are spent: the message is parked in a delay queue
/// (<c>&lt;queue&gt;_delay_&lt;seconds&gt;s</c>) whose TTL dead-letters it back to its endpoint queue. This is
/// what the delayed-message-exchange plugin would do, built from core RabbitMQ features because Debian's
/// broker ships without that plugin. Delay queues are quorum queues with at-least-once dead-lettering, so a
/// parked message survives a broker restart. After the last delay the failure escapes and MassTransit moves
/// the message to <c>&lt;queue&gt;_error</c>.
/// </summary>
public sealed class DelayedRedeliveryFilter<T>(DelayQueues delays, IOptions<BusOptions> options, ILogger<DelayQueues> logger) : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception ex) when (!context.CancellationToken.IsCancellationRequested
            && context.ReceiveContext.TryGetPayload<RabbitMqBasicConsumeContext>(out var delivery)
            && DelayQueues.Attempt(delivery.Properties) is var attempt
            && attempt < options.Value.RedeliveryDelays().Count)
        {
            var delay = options.Value.RedeliveryDelays()[attempt];
            var queue = context.ReceiveContext.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
            await delays.ParkAsync(queue, delay, attempt + 1, delivery.Properties, context.ReceiveContext.Body.GetBytes(), context.CancellationToken);
            logger.LogWarning(ex, "{Queue}: message {MessageId} failed after its retries; redelivery {Attempt} in {Delay}", queue, context.MessageId, attempt + 1, delay);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("delayedRedelivery");
}

/// <summary>The delay queues of this process's endpoints, on a connection of their own with publisher confirms.</summary>
public sealed class DelayQueues(IOptions<BusOptions> options) : IAsyncDisposable
{
    /// <summary>How many delayed redeliveries a message has had; reset by <c>factcheck errors replay</c>.</summary>
    public const string AttemptHeader = "FactCheck-Redelivery";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<string> _declared = [];
    private IConnection? _connection;
    private IChannel? _channel;

    public static int Attempt(IReadOnlyBasicProperties properties) =>
        properties.Headers?.TryGetValue(AttemptHeader, out var value) == true ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : 0;

    public async Task ParkAsync(string queue, TimeSpan delay, int attempt, IReadOnlyBasicProperties original, byte[] body, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var channel = await ChannelAsync(ct);
            var delayQueue = $"{queue}_delay_{(int)delay.TotalSeconds}s";
            if (!_declared.Contains(delayQueue))
            {
                await channel.QueueDeclareAsync(delayQueue, durable: true, exclusive: false, autoDelete: false, new Dictionary<string, object?>
                {
                    ["x-queue-type"] = "quorum",
                    ["x-message-ttl"] = (long)delay.TotalMilliseconds,
                    ["x-dead-letter-exchange"] = "",
                    ["x-dead-letter-routing-key"] = queue,
                    ["x-dead-letter-strategy"] = "at-least-once",
                    ["x-overflow"] = "reject-publish",
                }, cancellationToken: ct);
                _declared.Add(delayQueue);
            }

            var properties = new BasicProperties(original) { Persistent = true };
            properties.Headers = new Dictionary<string, object?>(original.Headers ?? new Dictionary<string, object?>()) { [AttemptHeader] = attempt };
            properties.Headers.Remove("x-death");
            await channel.BasicPublishAsync("", delayQueue, mandatory: true, properties, body, ct);
        }
        catch
        {
            // A broken channel is rebuilt on the next call; the failure itself goes back to MassTransit.
            await ResetAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IChannel> ChannelAsync(CancellationToken ct)
    {
        if (_channel is { IsOpen: true })
            return _channel;
        await ResetAsync();
        var factory = new ConnectionFactory { Uri = new Uri(options.Value.RabbitMqUri!), ClientProvidedName = "factcheck redelivery" };
        _connection = await factory.CreateConnectionAsync(ct);
        _channel = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        return _channel;
    }

    private async Task ResetAsync()
    {
        _declared.Clear();
        if (_channel is not null)
            await _channel.DisposeAsync();
        if (_connection is not null)
            await _connection.DisposeAsync();
        _channel = null;
        _connection = null;
    }

    public async ValueTask DisposeAsync()
    {
        await ResetAsync();
        _gate.Dispose();
    }
}
