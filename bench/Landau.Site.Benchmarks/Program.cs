using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Landau.Site.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Landau.Site.Benchmarks.PageStageBenchmarks).Assembly).Run(args);
