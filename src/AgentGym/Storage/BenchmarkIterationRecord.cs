namespace AgentGym.Sdk;

/// <summary>
/// One counted iteration of a benchmark as the store keeps it while the benchmark runs, so that a benchmark that was stopped
/// or crashed can resume from it. The benchmarks package writes the iteration itself as JSON.
/// </summary>
public sealed record BenchmarkIterationRecord
{
    /// <summary>Gets the benchmark's name (its class or title).</summary>
    public required string Benchmark { get; init; }

    /// <summary>Gets what the run was set to do (its agents, tasks and iterations): a run resumes only from one of the same plan.</summary>
    public required string Plan { get; init; }

    /// <summary>Gets the agent's name.</summary>
    public required string Agent { get; init; }

    /// <summary>Gets the task's name.</summary>
    public required string Task { get; init; }

    /// <summary>Gets the iteration number (1-based) of this agent on this task.</summary>
    public int Iteration { get; init; }

    /// <summary>Gets how the iteration ended, as the status's name.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>Gets the whole iteration as JSON.</summary>
    public string Json { get; init; } = "{}";
}
