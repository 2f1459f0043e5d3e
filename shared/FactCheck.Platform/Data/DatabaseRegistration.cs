using System.Reflection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Platform.Data;

public static class DatabaseRegistration
{
    /// <summary>
    /// Gives a service its own database (keyed by <paramref name="schema"/>) and has its embedded migrations
    /// applied before the bus starts.
    /// </summary>
    public static IServiceCollection AddModuleDatabase(this IServiceCollection services, string schema, Assembly migrations)
    {
        TypeHandlers.Register();
        services.AddKeyedSingleton(schema, (sp, _) => new ModuleDatabase(schema, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddSingleton(new ModuleMigrations(schema, migrations));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionHandler, StorageUnavailableHandler>());
        return services;
    }
}

public sealed record ModuleMigrations(string Schema, Assembly Assembly);

/// <summary>Runs every registered service's migrations at start, before consumers and endpoints take work.</summary>
public sealed class MigrationsHostedService(IServiceProvider services, IEnumerable<ModuleMigrations> modules, DatabaseMigrator migrator) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        foreach (var module in modules)
            await migrator.MigrateAsync(services.GetRequiredKeyedService<ModuleDatabase>(module.Schema), module.Assembly, ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
