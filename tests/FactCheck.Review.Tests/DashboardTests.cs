using System.Diagnostics.Metrics;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Platform.Telemetry;

namespace FactCheck.Review.Tests;

/// <summary>The Grafana dashboard may only query what the code emits, named as the collector's Prometheus exporter names it.</summary>
public sealed partial class DashboardTests
{
    [Fact]
    public void Should_query_only_metrics_the_code_emits_and_cover_every_instrument()
    {
        var emitted = FactCheckMetrics.All.ToDictionary(i => i.Name, PrometheusNames);
        var dashboard = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "deploy", "grafana", "factcheck-dashboard.json")));

        var queried = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray())
            .SelectMany(t => MetricName().Matches(t.GetProperty("expr").GetString()!).Select(m => m.Value))
            .ToHashSet();

        var known = emitted.Values.SelectMany(n => n).ToHashSet();
        Assert.NotEmpty(queried);
        Assert.All(queried, name => Assert.True(known.Contains(name), $"the dashboard queries {name}, which no instrument emits"));
        Assert.All(emitted, e => Assert.True(e.Value.Overlaps(queried), $"no panel shows {e.Key}"));
    }

    /// <summary>What the Prometheus exporter turns an instrument into: dots to underscores, unit and type suffixes.</summary>
    private static HashSet<string> PrometheusNames(Instrument instrument)
    {
        var unit = instrument.Unit switch { "s" => "_seconds", "ms" => "_milliseconds", "By" => "_bytes", _ => "" };
        var name = instrument.Name.Replace('.', '_') + unit;
        return instrument.GetType().GetGenericTypeDefinition().Name switch
        {
            "Counter`1" => [name + "_total"],
            "Histogram`1" => [name + "_bucket", name + "_sum", name + "_count"],
            _ => [name],
        };
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("FactCheck.sln not found above the test assembly.");
    }

    [GeneratedRegex(@"\bfactcheck_[a-z_]+")]
    private static partial Regex MetricName();
}
