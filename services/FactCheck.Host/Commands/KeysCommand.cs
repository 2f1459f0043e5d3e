using System.CommandLine;
using FactCheck.Platform.Hosting;
using FactCheck.Platform.Security;

namespace FactCheck.Host.Commands;

/// <summary><c>factcheck keys create|list|revoke</c>: API keys for the write endpoints, stored hashed.</summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var command = new Command("keys", "Create, list and revoke API keys (stored as SHA-256 hashes; a key is shown once).");
        command.Add(CreateKey());
        command.Add(ListKeys());
        command.Add(RevokeKey());
        return command;
    }

    private static Command CreateKey()
    {
        var role = new Option<string>("--role") { Description = "ingest, editor or admin.", Required = true };
        role.AcceptOnlyFromAmong([.. ApiKeyRoles.All]);
        var name = new Option<string>("--name") { Description = "Who or what uses the key." };
        var command = new Command("create", "Create a key and print it once on stdout.") { role, name };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => WithStoreAsync(result, async store =>
        {
            var (record, key) = await store.CreateAsync(result.GetValue(role)!, result.GetValue(name), ct);
            await result.InvocationConfiguration.Output.WriteLineAsync(key);
            await result.InvocationConfiguration.Error.WriteLineAsync($"created key {record.Id} ({record.Prefix}…, role {record.Role}); it is not shown again.");
            return 0;
        }, ct));
        return command;
    }

    private static Command ListKeys()
    {
        var command = new Command("list", "List keys: id, prefix, role, name, created, revoked.");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => WithStoreAsync(result, async store =>
        {
            foreach (var key in await store.ListAsync(ct))
                await result.InvocationConfiguration.Output.WriteLineAsync($"{key.Id}\t{key.Prefix}\t{key.Role}\t{key.Name}\t{key.CreatedAt:u}\t{(key.RevokedAt is { } at ? "revoked " + at.ToString("u") : "active")}");
            return 0;
        }, ct));
        return command;
    }

    private static Command RevokeKey()
    {
        var id = new Argument<string>("key") { Description = "The key's id or prefix (as `keys list` shows)." };
        var command = new Command("revoke", "Revoke a key; requests with it are refused from then on.") { id };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => WithStoreAsync(result, async store =>
        {
            if (await store.RevokeAsync(result.GetValue(id)!, ct) == 0)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"factcheck keys revoke: no active key with id or prefix '{result.GetValue(id)}'");
                return 1;
            }

            await result.InvocationConfiguration.Error.WriteLineAsync("revoked");
            return 0;
        }, ct));
        return command;
    }

    /// <summary>Opens the key store with the same configuration as <c>serve</c> (appsettings, environment, <c>--Section:Key=value</c>).</summary>
    private static async Task<int> WithStoreAsync(ParseResult result, Func<ApiKeyStore, Task<int>> act, CancellationToken ct)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder([.. result.UnmatchedTokens]);
        builder.Logging.ClearProviders().AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.AddFactCheckDefaults("factcheck-keys");
        builder.Services.AddApiKeyStore();
        using var host = builder.Build();
        await host.StartAsync(ct);
        var exit = await act(host.Services.GetRequiredService<ApiKeyStore>());
        await host.StopAsync(ct);
        return exit;
    }
}
