using BenchmarkDotNet.Running;
using FactCheck.Extraction.Benchmarks;

if (args is ["--cpu-time"])
{
    CpuTime.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args, ExtractionBenchmarks.Config());
