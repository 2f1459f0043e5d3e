using System.CommandLine;
using FactCheck.Platform.Hosting;
using FactCheck.Platform.Messaging;

namespace FactCheck.Host.Commands;

/// <summary><c>factcheck errors list|replay</c>: what landed in the <c>_error</c> queues, and sending it back.</summary>
public static class ErrorsCommand
{
    public static Command Create()
    {
        var list = new Command("list", "Show each endpoint's _error queue: messages waiting and why the oldest failed.");
        list.SetAction(async (_, ct) =>
        {
            if (Broker() is not { } broker)
                return await FailAsync();
            foreach (var queue in await broker.ListAsync(EndpointQueues(), ct))
                await Console.Out.WriteLineAsync($"{queue.Queue}\t{queue.Messages}{(queue.OldestReason is null ? "" : "\t" + queue.OldestReason)}");
            return 0;
        });

        var queueArgument = new Argument<string>("queue") { Description = "The endpoint queue (e.g. article-accepted) or its _error queue." };
        var max = new Option<int>("--max") { Description = "Move at most this many messages (default all).", DefaultValueFactory = _ => int.MaxValue };
        var replay = new Command("replay", "Move messages from an _error queue back to its endpoint queue.") { queueArgument, max };
        replay.SetAction(async (result, ct) =>
        {
            if (Broker() is not { } broker)
                return await FailAsync();
            var queue = result.GetValue(queueArgument)!;
            var known = EndpointQueues();
            var endpoint = queue.EndsWith(EndpointTopology.ErrorSuffix, StringComparison.Ordinal) ? queue[..^EndpointTopology.ErrorSuffix.Length] : queue;
            if (!known.Contains(endpoint))
            {
                await Console.Error.WriteLineAsync($"factcheck errors replay: unknown queue '{queue}'; known queues are {string.Join(", ", known)}.");
                return 2;
            }

            var moved = await broker.ReplayAsync(endpoint, result.GetValue(max), ct);
            await Console.Out.WriteLineAsync($"moved {moved} message(s) from {endpoint}{EndpointTopology.ErrorSuffix} to {endpoint}");
            return 0;
        });

        return new Command("errors", "Inspect and re-drive messages whose retries were spent (RabbitMQ).") { list, replay };
    }

    private static ErrorQueues? Broker()
    {
        var configuration = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder().Configuration;
        var options = configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        return options.Transport == BusTransport.RabbitMq && Uri.TryCreate(options.RabbitMqUri, UriKind.Absolute, out var uri) ? new ErrorQueues(uri) : null;
    }

    private static async Task<int> FailAsync()
    {
        await Console.Error.WriteLineAsync("factcheck errors: needs Bus:Transport=RabbitMq and Bus:RabbitMqUri (e.g. env Bus__Transport, Bus__RabbitMqUri).");
        return 2;
    }

    /// <summary>Every consumer queue of every role, named as the bus names them.</summary>
    private static IReadOnlyList<string> EndpointQueues()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddRoles(Roles.All.ToHashSet());
        return builder.Services.Consumers().Select(EndpointTopology.QueueName).Distinct().ToList();
    }
}
