namespace AgentGym.Sdk;

/// <summary>
/// What the store keeps of a benchmark run: summary columns for queries and the full run as JSON. The benchmarks package
/// makes it from its <c>AgentBenchmarkRun</c>, so the engine needs no reference to that package.
/// </summary>
public sealed record BenchmarkRunRecord
{
    /// <summary>Gets the benchmark's name (its class or title).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the agents compared, in order.</summary>
    public IReadOnlyList<string> Agents { get; init; } = [];

    /// <summary>Gets the baseline agent.</summary>
    public string? Baseline { get; init; }

    /// <summary>Gets how many tasks ran.</summary>
    public int Tasks { get; init; }

    /// <summary>Gets how many iterations ran, over every agent and task.</summary>
    public int Iterations { get; init; }

    /// <summary>Gets the share of iterations that passed, from 0 to 1.</summary>
    public double SuccessRate { get; init; }

    /// <summary>Gets the mean duration of an iteration in milliseconds.</summary>
    public double MeanDurationMs { get; init; }

    /// <summary>Gets the mean total tokens of an iteration.</summary>
    public double MeanTokens { get; init; }

    /// <summary>Gets the agent ranked first.</summary>
    public string? Winner { get; init; }

    /// <summary>Gets whether the run was cancelled before its end.</summary>
    public bool WasCancelled { get; init; }

    /// <summary>Gets when the benchmark started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets when the benchmark ended.</summary>
    public DateTimeOffset CompletedAt { get; init; }

    /// <summary>Gets the full benchmark run as JSON.</summary>
    public string Json { get; init; } = "{}";
}
