using FactCheck.Integration.Tests.Support;
using FactCheck.Platform.Messaging;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using RabbitMQ.Client;

namespace FactCheck.Integration.Tests.Distributed;

/// <summary>
/// After a broker restart a process can be left with no consumer on a queue while messages wait there. The watchdog
/// must notice and restart the bus, and the bus must consume again afterwards. A queue with a message and no consumer
/// stands in for an endpoint MassTransit failed to bring back.
/// </summary>
[Collection(DistributedCollection.Name)]
public sealed class ConsumerWatchdogTests
{
    [Fact]
    public async Task Should_restart_the_bus_when_a_queue_of_the_process_holds_messages_and_has_no_consumer()
    {
        var vhost = "fc-" + Guid.NewGuid().ToString("N")[..12];
        await Servers.ShellAsync($"rabbitmqctl -q add_vhost {vhost} && rabbitmqctl -q set_permissions -p {vhost} guest '.*' '.*' '.*'");
        var broker = new Uri(Servers.RabbitMqUri(vhost));
        await StrandMessageAsync(broker, "stranded");

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "RabbitMq", ["Bus:RabbitMqUri"] = broker.ToString(), ["Bus:ConsumerCheckSeconds"] = "0",
        });
        builder.Services.AddOptions<BusOptions>().Bind(builder.Configuration.GetSection(BusOptions.Section));
        builder.Services.AddBusConsumer<PingConsumer>();
        builder.Services.AddFactCheckBus(builder.Configuration);
        builder.Services.AddBusObserver<StartCounter>();
        using var host = builder.Build();
        var bus = host.Services.GetRequiredService<IBusControl>();
        await host.StartAsync();
        var watchdog = new ConsumerWatchdog(bus, broker, ["stranded"], TimeSpan.FromMilliseconds(300), NullLogger<ConsumerWatchdog>.Instance);

        await watchdog.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (StartCounter.Restarts < 1 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        var restarted = StartCounter.Restarts >= 1;
        await watchdog.StopAsync(CancellationToken.None);
        await bus.Publish(new Ping(), CancellationToken.None);

        Assert.True(restarted, "the bus was not restarted");
        Assert.True(await PingConsumer.Received.Task.WaitAsync(TimeSpan.FromSeconds(30)), "the restarted bus consumed nothing");
        await host.StopAsync();
        await Servers.ShellAsync($"rabbitmqctl -q delete_vhost {vhost}");
    }

    private static async Task StrandMessageAsync(Uri broker, string queue)
    {
        var factory = new ConnectionFactory { Uri = broker };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.BasicPublishAsync("", queue, new ReadOnlyMemory<byte>([1]));
    }

    public sealed record Ping;

    public sealed class PingConsumer : IConsumer<Ping>
    {
        public static readonly TaskCompletionSource<bool> Received = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Consume(ConsumeContext<Ping> context)
        {
            Received.TrySetResult(true);
            return Task.CompletedTask;
        }
    }

    /// <summary>Counts starts after the first: the host's own start is not a restart.</summary>
    public sealed class StartCounter : IBusObserver
    {
        private static int _starts;

        public static int Restarts => Math.Max(0, Volatile.Read(ref _starts) - 1);

        public Task PostStart(IBus bus, Task<BusReady> busReady)
        {
            Interlocked.Increment(ref _starts);
            return Task.CompletedTask;
        }

        public void PostCreate(IBus bus) { }
        public void CreateFaulted(Exception exception) { }
        public Task PreStart(IBus bus) => Task.CompletedTask;
        public Task StartFaulted(IBus bus, Exception exception) => Task.CompletedTask;
        public Task PreStop(IBus bus) => Task.CompletedTask;
        public Task PostStop(IBus bus) => Task.CompletedTask;
        public Task StopFaulted(IBus bus, Exception exception) => Task.CompletedTask;
    }
}
