using BenchmarkDotNet.Running;
using FactCheck.Extraction.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args, ExtractionBenchmarks.Config());
