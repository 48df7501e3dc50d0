using BenchmarkDotNet.Running;

// Every benchmark class in this assembly; pick with --filter '*Name*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
