namespace AgentGym.Benchmarks.Results;

/// <summary>Where a resumed benchmark run took the iterations it did not run again: a run of the same benchmark that was stopped or crashed.</summary>
/// <param name="RunId">The store's id of the run resumed from.</param>
/// <param name="Iterations">How many counted iterations were taken from it, as they were recorded.</param>
public sealed record BenchmarkResume(long RunId, int Iterations);
