using FactCheck.Platform.Hosting;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Tests;

/// <summary>
/// One service module on MassTransit's in-memory test harness over a real, throw-away SQLite folder:
/// a fresh one per scenario.
/// </summary>
public sealed class ModuleHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _data;

    private ModuleHost(IHost host, string data)
    {
        _host = host;
        _data = data;
    }

    public IServiceProvider Services => _host.Services;

    public ITestHarness Harness => _host.Services.GetRequiredService<ITestHarness>();

    public static async Task<ModuleHost> StartAsync(Action<IHostApplicationBuilder> addModule, Action<IBusRegistrationConfigurator> addConsumers)
    {
        var data = Directory.CreateTempSubdirectory("factcheck-test-").FullName;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataDirectory"] = data });
        builder.AddFactCheckDefaults();
        addModule(builder);
        builder.Services.AddMassTransitTestHarness(bus =>
        {
            addConsumers(bus);
            // The harness gives up on a message after 1.2 s without bus activity by default; with the test assemblies run
            // side by side on two cores, a consumer's first SQLite write can take longer (a delivery "not consumed" in CI).
            // Every harness check here waits for something that must happen, so a long wait costs nothing when it does.
            bus.SetTestTimeouts(testInactivityTimeout: TimeSpan.FromSeconds(10));
        });
        var host = builder.Build();
        await host.StartAsync();
        return new ModuleHost(host, data);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
