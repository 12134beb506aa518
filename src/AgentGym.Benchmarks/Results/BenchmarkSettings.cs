namespace AgentGym.Benchmarks.Results;

/// <summary>The settings a benchmark ran with, after the config had its say.</summary>
/// <param name="Iterations">Counted iterations per agent and task.</param>
/// <param name="WarmupIterations">Uncounted iterations per agent and task, run first.</param>
/// <param name="MaxParallelism">How many iterations ran at once.</param>
/// <param name="Timeout">The timeout of one iteration.</param>
/// <param name="ConfidenceLevel">The confidence level of the success-rate intervals.</param>
/// <param name="SignificanceLevel">The p-value below which a difference is called significant.</param>
public sealed record BenchmarkSettings(int Iterations, int WarmupIterations, int MaxParallelism, TimeSpan Timeout, double ConfidenceLevel, double SignificanceLevel);
