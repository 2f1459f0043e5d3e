using System.Text.Json;
using Dapper;
using Npgsql;
using RabbitMQ.Client;

namespace FactCheck.Integration.Tests.Support;

/// <summary>
/// Role processes on the real broker and database: a virtual host and a database of their own, the
/// topology and schemas created by <c>factcheck migrate</c>, then each role started as its own process.
/// </summary>
public sealed class Cluster : IAsyncDisposable
{
    private readonly List<RoleProcess> _roles = [];

    private Cluster(string vhost, string database, IReadOnlyDictionary<string, string> settings)
    {
        VirtualHost = vhost;
        Database = database;
        var environment = new Dictionary<string, string>
        {
            ["Bus__Transport"] = "RabbitMq",
            ["Bus__RabbitMqUri"] = Servers.RabbitMqUri(vhost),
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = Servers.PostgresFor(database),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Warning",
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_TieredPGO"] = "0",
        };
        foreach (var (key, value) in settings)
            environment[key] = value;
        Environment = environment;
    }

    public string VirtualHost { get; }

    public string Database { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public IReadOnlyList<RoleProcess> Roles => _roles;

    public static async Task<Cluster> CreateAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var vhost = "fc-" + Guid.NewGuid().ToString("N")[..12];
        await Servers.ShellAsync($"rabbitmqctl -q add_vhost {vhost} && rabbitmqctl -q set_permissions -p {vhost} guest '.*' '.*' '.*'");
        var cluster = new Cluster(vhost, await Servers.CreateDatabaseAsync(), settings ?? new Dictionary<string, string>());
        var (exit, output) = await RoleProcess.RunAsync(cluster.Environment, "migrate");
        if (exit != 0)
            throw new InvalidOperationException("factcheck migrate failed: " + output);
        return cluster;
    }

    /// <summary>Starts each entry (e.g. "intake", "extraction", "extraction") as its own process, all at once.</summary>
    public async Task<IReadOnlyList<RoleProcess>> StartAsync(params string[] roles)
    {
        var started = await Task.WhenAll(roles.Select(r => RoleProcess.StartAsync(r, Environment)));
        _roles.AddRange(started);
        return started;
    }

    public RoleProcess Role(string roles) => _roles.First(r => r.Roles == roles);

    public Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RoleProcess.RunAsync(Environment, args);

    public async Task<NpgsqlConnection> OpenDatabaseAsync()
    {
        var connection = new NpgsqlConnection(Servers.PostgresFor(Database));
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Messages waiting in each queue of this cluster's virtual host (0 for a queue never declared).</summary>
    public async Task<IReadOnlyDictionary<string, uint>> QueueDepthsAsync(IEnumerable<string> queues)
    {
        var factory = new ConnectionFactory { Uri = new Uri(Servers.RabbitMqUri(VirtualHost)) };
        await using var connection = await factory.CreateConnectionAsync();
        var depths = new Dictionary<string, uint>();
        foreach (var queue in queues)
        {
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                depths[queue] = (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
            {
                // Error queues exist only once something failed.
                depths[queue] = 0;
            }
        }

        return depths;
    }

    /// <summary>Each consumer of <paramref name="queue"/> and whether the broker lets it consume (single active consumer leaves the others standing by).</summary>
    public async Task<IReadOnlyList<bool>> ConsumersAsync(string queue)
    {
        var listing = await Servers.ShellAsync($"rabbitmqctl -q list_consumers -p {VirtualHost} queue_name active");
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length == 2 && columns[0] == queue)
            .Select(columns => columns[1].Trim() == "true")
            .ToList();
    }

    public async Task<int> ConsumerCountAsync(string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(Servers.RabbitMqUri(VirtualHost)) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return (int)(await channel.QueueDeclarePassiveAsync(queue)).ConsumerCount;
    }

    /// <summary>Stories as the review role serves them on GET /api/stories.</summary>
    public static async Task<JsonElement[]> StoriesAsync(RoleProcess review)
    {
        using var http = new HttpClient { BaseAddress = review.Address, Timeout = TimeSpan.FromSeconds(30) };
        var json = JsonDocument.Parse(await http.GetStringAsync("/api/stories"));
        return json.RootElement.GetProperty("stories").EnumerateArray().ToArray();
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var role in _roles)
            await role.DisposeAsync();
        await Servers.DropDatabaseAsync(Database);
        await Servers.ShellAsync($"rabbitmqctl -q delete_vhost {VirtualHost} || true");
    }
}
