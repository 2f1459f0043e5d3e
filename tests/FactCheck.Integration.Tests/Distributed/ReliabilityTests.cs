using System.Text;
using FactCheck.Integration.Tests.Support;
using FactCheck.Platform.Messaging;
using RabbitMQ.Client;

namespace FactCheck.Integration.Tests.Distributed;

/// <summary>
/// Separate role processes on the real broker and database, a few hundred articles over HTTP, and one
/// fault in the middle of the stream. Afterwards every article answered 202 must have its claims and
/// its story, no conflict may be stored or announced twice, and no queue may hold anything.
/// </summary>
[Collection(DistributedCollection.Name)]
public sealed class ReliabilityTests
{
    private static readonly int Stories = int.Parse(Environment.GetEnvironmentVariable("FACTCHECK_RELIABILITY_STORIES") ?? "400");

    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Should_lose_nothing_when_the_broker_is_killed_and_restarted_mid_stream()
    {
        await using var cluster = await Cluster.CreateAsync();
        await cluster.StartAsync("intake", "extraction", "comparison", "alerts,review");

        var run = await StreamThroughFaultAsync(cluster, Stories, "broker", async () =>
        {
            await Servers.ShellAsync("kill -9 \"$(cat \"$RABBITMQ_PID_FILE\")\"");
            await Task.Delay(TimeSpan.FromSeconds(2));
            await Servers.ShellAsync("deploy/local/rabbitmq-start.sh");
        });

        Assert.InRange(run.AcceptedBeforeFault, 1, Stories * SyntheticNews.OutletsPerStory - 1);
    }

    [Fact]
    public async Task Should_lose_nothing_when_an_extraction_process_is_killed_and_restarted_mid_stream()
    {
        await using var cluster = await Cluster.CreateAsync();
        await cluster.StartAsync("intake", "extraction", "extraction", "comparison", "alerts,review");
        var victim = cluster.Roles.First(r => r.Roles == "extraction");

        var run = await StreamThroughFaultAsync(cluster, Stories, "extraction", async () =>
        {
            victim.Kill();
            await Task.Delay(TimeSpan.FromSeconds(1));
            await victim.StartAsync();
        });

        Assert.InRange(run.AcceptedBeforeFault, 1, Stories * SyntheticNews.OutletsPerStory - 1);
    }

    [Fact]
    public async Task Should_lose_nothing_when_postgres_restarts_mid_stream()
    {
        await using var cluster = await Cluster.CreateAsync();
        await cluster.StartAsync("intake", "extraction", "comparison", "alerts,review");

        var run = await StreamThroughFaultAsync(cluster, Stories, "postgres", () =>
            Servers.ShellAsync("runuser -u postgres -- \"$PG_BIN/pg_ctl\" -D \"$PGDATA\" -m fast -w stop && sleep 2 && deploy/local/postgres-start.sh"));

        Assert.True(run.Driver.Unavailable > 0, "intake never answered 503 + Retry-After while PostgreSQL was down");
    }

    [Fact]
    public async Task Should_park_a_poison_message_in_the_error_queue_while_the_rest_flows()
    {
        await using var cluster = await Cluster.CreateAsync(new Dictionary<string, string> { ["Bus__RetryLimit"] = "1", ["Bus__RedeliverySeconds"] = "1,2" });
        await cluster.StartAsync("intake", "extraction", "comparison", "alerts,review");

        await StreamThroughFaultAsync(cluster, Stories / 2, "poison", () => PublishPoisonAsync(cluster), "article-accepted_error");
        var parked = await WaitForErrorAsync(cluster, "article-accepted_error");
        var redeliveries = await PeekRedeliveriesAsync(cluster, "article-accepted_error");
        var (listExit, list) = await cluster.RunAsync("errors", "list");
        var (replayExit, replay) = await cluster.RunAsync("errors", "replay", "article-accepted");
        var parkedAgain = await WaitForErrorAsync(cluster, "article-accepted_error");

        Assert.Equal(1u, parked);
        Assert.Equal(2, redeliveries);
        Assert.Equal(0, listExit);
        Assert.Contains("article-accepted_error\t1", list);
        Assert.Equal(0, replayExit);
        Assert.Contains("moved 1 message(s)", replay);
        Assert.Equal(1u, parkedAgain);
    }

    /// <summary>
    /// Streams <paramref name="stories"/> stories over HTTP, runs <paramref name="fault"/> once a third is accepted,
    /// then waits until every accepted article is in a story and checks nothing was lost, doubled or left queued.
    /// </summary>
    private static async Task<(ArticleDriver Driver, int AcceptedBeforeFault)> StreamThroughFaultAsync(
        Cluster cluster, int stories, string tag, Func<Task> fault, params string[] allowedErrorQueues)
    {
        var driver = new ArticleDriver(cluster.Role("intake").Address);
        var load = driver.SubmitAsync(SyntheticNews.Articles(stories, tag), CancellationToken.None, pace: TimeSpan.FromMilliseconds(10));
        await WhenAcceptedAsync(driver, stories * SyntheticNews.OutletsPerStory / 3);
        var acceptedBeforeFault = driver.AcceptedCount;
        await fault();
        await load;

        var result = await Outcome.WaitForAllAsync(cluster, cluster.Role("alerts,review"), driver.Accepted, Settle);
        await Outcome.AssertConsistentAsync(cluster, result, driver.Accepted, stories, allowedErrorQueues);
        return (driver, acceptedBeforeFault);
    }

    private static async Task WhenAcceptedAsync(ArticleDriver driver, int count)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (driver.AcceptedCount < count && DateTime.UtcNow < deadline)
            await Task.Delay(50);
    }

    private static async Task<uint> WaitForErrorAsync(Cluster cluster, string queue)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var depth = (await cluster.QueueDepthsAsync([queue]))[queue];
            if (depth > 0 || DateTime.UtcNow > deadline)
                return depth;
            await Task.Delay(250);
        }
    }

    /// <summary>How many delayed redeliveries the oldest message of <paramref name="queue"/> went through.</summary>
    private static async Task<int> PeekRedeliveriesAsync(Cluster cluster, string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(Servers.RabbitMqUri(cluster.VirtualHost)) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var message = await channel.BasicGetAsync(queue, autoAck: false);
        Assert.NotNull(message);
        await channel.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: true);
        return DelayQueues.Attempt(message.BasicProperties);
    }

    /// <summary>An ArticleAccepted without text, as a buggy or hostile publisher might send it: extraction throws on it.</summary>
    private static async Task PublishPoisonAsync(Cluster cluster)
    {
        var factory = new ConnectionFactory { Uri = new Uri(Servers.RabbitMqUri(cluster.VirtualHost)) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var envelope = $$$"""
            {"messageId":"{{{Guid.NewGuid()}}}","messageType":["urn:message:FactCheck.Contracts:ArticleAccepted"],
             "message":{"articleId":"{{{Guid.NewGuid()}}}","version":1,"outlet":"poison","doc":"poison.txt","text":null,"segments":null}}
            """;
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", Persistent = true };
        await channel.BasicPublishAsync("FactCheck.Contracts:ArticleAccepted", "", mandatory: false, properties, Encoding.UTF8.GetBytes(envelope));
    }
}
