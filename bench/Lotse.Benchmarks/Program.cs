using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Lotse.Benchmarks.HotPathBenchmarks).Assembly).Run(args);
