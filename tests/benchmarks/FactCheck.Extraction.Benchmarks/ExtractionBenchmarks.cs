using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FactCheck.Extraction.Engine;
using FactCheck.Intake.Cleaning;

namespace FactCheck.Extraction.Benchmarks;

/// <summary>
/// The whole engine (sentences, tokens, values, slots, names, attribution) on one core over real article text and over
/// inputs built to hurt: 100 KB of digits and commas, and a 1 MB line without a space.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["articles"] = Articles(),
        ["digits-and-commas-100KB"] = Repeat("1,234,5678,90,12,345,", 100_000),
        ["one-line-no-spaces-1MB"] = Repeat("Wladimir-Klitschko(52-3,46KOs)$4.27bn/0737GMT;", 1_000_000),
        ["letters-only-1MB"] = new string('a', 1_000_000),
    };

    [ParamsSource(nameof(Names))]
    public string Input { get; set; } = "articles";

    public static IEnumerable<string> Names => Inputs.Keys;

    [Benchmark]
    public int Extract() => ClaimExtractor.Extract(Inputs[Input]).Count;

    public static IConfig Config() => DefaultConfig.Instance
        // In-process: a separate benchmark build times out on a shared two-core machine.
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
        .AddColumn(new MegabytesPerSecond())
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);

    /// <summary>The article text the engine sees in the pipeline: every sample, cleaned by intake, end to end.</summary>
    private static string Articles()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            text.Append(TextCleaner.Clean(File.ReadAllText(file)).Text).Append('\n');
        return text.ToString();
    }

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
            text.Append(unit);
        return text.ToString(0, length);
    }

    public static int Bytes(string input) => Encoding.UTF8.GetByteCount(Inputs[input]);

    public static string Text(string input) => Inputs[input];

    /// <summary>Throughput of one core: input bytes over the mean time of one extraction.</summary>
    private sealed class MegabytesPerSecond : IColumn
    {
        public string Id => nameof(MegabytesPerSecond);
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Megabytes (10^6) of UTF-8 input per second on one core";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats)
                return "-";
            var input = (string)benchmarkCase.Parameters["Input"];
            return (Bytes(input) / 1e6 / (stats.Mean / 1e9)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
