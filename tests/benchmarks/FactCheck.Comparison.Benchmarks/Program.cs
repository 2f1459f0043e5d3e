using BenchmarkDotNet.Running;
using FactCheck.Comparison.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(PlacementBenchmarks).Assembly).Run(args, PlacementBenchmarks.Config());
