using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FactCheck.Integration.Tests.Support;

/// <summary>One <c>factcheck</c> process (dotnet exec of the built Host) serving some roles on a free loopback port.</summary>
public sealed class RoleProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _output = new();
    private readonly IReadOnlyDictionary<string, string> _environment;
    private Process _process = null!;
    private long _peakBytes;

    private RoleProcess(string roles, IReadOnlyDictionary<string, string> environment)
    {
        Roles = roles;
        _environment = environment;
    }

    public string Roles { get; }

    public int Port { get; private set; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>The highest resident memory seen for this role (VmHWM of every process it ran as).</summary>
    public long PeakBytes => Math.Max(_peakBytes, ReadPeak());

    /// <summary>The last lines the role printed, stack frames left out so a test failure shows the messages.</summary>
    /// <summary>CPU time (user + system) the running process has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public string Output => string.Join('\n', _output.Where(line => !line.TrimStart().StartsWith("at ", StringComparison.Ordinal)).TakeLast(40));

    public static string HostDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            return Path.Combine(Servers.RepositoryRoot, "services", "FactCheck.Host", "bin", configuration, "net10.0", "factcheck.dll");
        }
    }

    public static async Task<RoleProcess> StartAsync(string roles, IReadOnlyDictionary<string, string> environment)
    {
        var role = new RoleProcess(roles, environment);
        await role.StartAsync();
        return role;
    }

    /// <summary>Starts (or starts again, on a new port) and waits until the HTTP server answers, i.e. migrations ran and the bus is up.</summary>
    public async Task StartAsync()
    {
        Port = FreePort();
        _process = Launch(["serve", "--roles", Roles, "--urls", Address.ToString()], _environment, _output);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"factcheck serve --roles {Roles} exited {_process.ExitCode}:\n{Output}");
            try
            {
                await http.GetAsync(new Uri(Address, "/health-probe"));
                return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"factcheck serve --roles {Roles} did not answer within 90 s:\n{Output}");
    }

    /// <summary>kill -9: no shutdown, no acknowledgements, no flushing.</summary>
    public void Kill()
    {
        _peakBytes = Math.Max(_peakBytes, ReadPeak());
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _peakBytes = Math.Max(_peakBytes, ReadPeak());
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    /// <summary>Runs a one-shot <c>factcheck</c> command (migrate, errors ...) and returns its output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var output = new ConcurrentQueue<string>();
        using var process = Launch(args, environment, output);
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cts.Token);
        await Task.Delay(100);
        return (process.ExitCode, string.Join('\n', output));
    }

    private static Process Launch(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, ConcurrentQueue<string> output)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(HostDll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
            return;
        output.Enqueue(line);
        while (output.Count > 400)
            output.TryDequeue(out _);
    }

    private long ReadPeak()
    {
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
