using System.CommandLine;
using FactCheck.Platform.Hosting;
using FactCheck.Platform.Messaging;
using FactCheck.Platform.Security;

namespace FactCheck.Host.Commands;

/// <summary>
/// <c>factcheck migrate</c>: applies every service's migrations and, on RabbitMQ, declares every queue,
/// exchange and binding, then exits — run it before the roles so nothing published at start-up finds no queue.
/// </summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var roles = new Option<string>("--roles") { Description = "Services to migrate (default all)." };
        var command = new Command("migrate", "Create or upgrade the database schemas and the broker topology, then exit.") { roles };
        command.SetAction(async (result, ct) =>
        {
            try
            {
                var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [BusRegistration.DeployTopologyOnlyKey] = "true" });
                builder.AddRoles(Roles.Parse(result.GetValue(roles) ?? "all"));
                // Every web role shares the key store; migrating it here keeps role processes from racing to create it.
                builder.Services.AddApiKeyStore();
                using var host = builder.Build();
                await host.StartAsync(ct);
                await host.StopAsync(ct);
                await Console.Out.WriteLineAsync("migrated");
                return 0;
            }
            catch (Exception ex) when (ex is ArgumentException or Microsoft.Extensions.Options.OptionsValidationException)
            {
                await Console.Error.WriteLineAsync($"factcheck migrate: {ex.Message}");
                return 2;
            }
        });
        return command;
    }
}
