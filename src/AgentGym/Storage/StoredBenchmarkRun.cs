namespace AgentGym.Sdk;

/// <summary>A recorded benchmark run: a row of <c>agent_benchmark_runs</c>.</summary>
/// <param name="Id">The row's id.</param>
/// <param name="RunId">The run it belongs to.</param>
/// <param name="Record">The summary and the full JSON.</param>
public sealed record StoredBenchmarkRun(long Id, long RunId, BenchmarkRunRecord Record);
