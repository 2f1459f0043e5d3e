using System.Diagnostics;
using Npgsql;

namespace FactCheck.Integration.Tests.Support;

/// <summary>
/// The loopback RabbitMQ and PostgreSQL that <c>deploy/local/*-start.sh</c> run (deploy/run-tests.sh starts
/// them). Settings come from the environment with the scripts' defaults; nothing here skips when they are absent.
/// </summary>
public static class Servers
{
    public static string PostgresAdmin =>
        Environment.GetEnvironmentVariable("FACTCHECK_TEST_POSTGRES")
        ?? $"Host=127.0.0.1;Port={Environment.GetEnvironmentVariable("FACTCHECK_POSTGRES_PORT") ?? "55432"};Username=postgres;Database=postgres";

    public static string RabbitMqHost => Environment.GetEnvironmentVariable("FACTCHECK_TEST_RABBITMQ_HOST") ?? "127.0.0.1";

    public static int RabbitMqPort => int.Parse(Environment.GetEnvironmentVariable("FACTCHECK_RABBITMQ_PORT") ?? "55672");

    public static string RepositoryRoot { get; } = FindRoot();

    public static string RabbitMqUri(string vhost) => $"amqp://guest:guest@{RabbitMqHost}:{RabbitMqPort}/{vhost}";

    public static string PostgresFor(string database) => new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = database }.ConnectionString;

    /// <summary>A fresh, empty database; each test gets its own so nothing leaks between them.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "fc_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(PostgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return name;
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a shell line with the local servers' environment (<c>deploy/local/*.env</c>) loaded.</summary>
    public static async Task<string> ShellAsync(string line, TimeSpan? timeout = null)
    {
        var local = Path.Combine(RepositoryRoot, "deploy", "local");
        var info = new ProcessStartInfo("bash", ["-c", $"source '{local}/rabbitmq.env'; source '{local}/postgres.env'; cd '{RepositoryRoot}'; {line}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cts.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`{line}` exited {process.ExitCode}: {await output} {await error}");
        return await output;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("FactCheck.sln not found above " + AppContext.BaseDirectory);
    }
}
