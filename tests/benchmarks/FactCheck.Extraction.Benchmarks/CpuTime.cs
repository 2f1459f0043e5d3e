using System.Diagnostics;
using System.Globalization;
using FactCheck.Extraction.Engine;

namespace FactCheck.Extraction.Benchmarks;

/// <summary>
/// Throughput per CPU-second rather than per wall-clock second: on a machine shared with other work, wall-clock time
/// measures the queue for the CPU, while the process's processor time measures what the engine costs.
/// </summary>
public static class CpuTime
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Measure = TimeSpan.FromSeconds(5);

    public static void Run(TextWriter output)
    {
        // Warm every input first, so that tiered compilation has finished before anything is measured.
        foreach (var input in ExtractionBenchmarks.Names)
            RunFor(ExtractionBenchmarks.Text(input), Warmup);
        output.WriteLine("| Input | Size | CPU time / op | MB per CPU-second | Allocated / op |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var input in ExtractionBenchmarks.Names)
        {
            var text = ExtractionBenchmarks.Text(input);
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var runs = RunFor(text, Measure);
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds / runs;
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / runs;
            var bytes = ExtractionBenchmarks.Bytes(input);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {input} | {bytes / 1000.0:0} KB | {cpu * 1000:0.00} ms | {bytes / 1e6 / cpu:0.0} | {allocated / 1e6:0.00} MB |"));
        }
    }

    private static int RunFor(string text, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var runs = 0;
        while (clock.Elapsed < duration)
        {
            ClaimExtractor.Extract(text);
            runs++;
        }

        return runs;
    }
}
