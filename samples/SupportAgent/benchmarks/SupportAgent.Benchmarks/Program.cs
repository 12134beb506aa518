using AgentGym.Benchmarks.Running;

// Runs every benchmark of this assembly, or those --filter selects: dotnet run -c Release -- --filter "*Refund*"
// Reports are written to ./AgentGymArtifacts/results/; Ctrl+C stops the run and still writes the report of what ran.
AgentBenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
