using AgentGym.Metrics;
using AgentGym.Results;

namespace AgentGym.Benchmarks.Results;

/// <summary>One counted iteration: one agent on one task once, as the engine's attempt ended.</summary>
public sealed record BenchmarkIteration
{
    /// <summary>Gets the agent's registered name.</summary>
    public required string Agent { get; init; }

    /// <summary>Gets the task's name.</summary>
    public required string Task { get; init; }

    /// <summary>Gets the iteration number (1-based) of this agent on this task.</summary>
    public int Iteration { get; init; }

    /// <summary>Gets how the attempt ended; <see cref="AgentTestStatus.Passed"/> is a success.</summary>
    public AgentTestStatus Status { get; init; }

    /// <summary>Gets the attempt's metrics.</summary>
    public AgentMetrics Metrics { get; init; } = AgentMetrics.Empty;

    /// <summary>Gets why the iteration did not succeed, when it did not.</summary>
    public ErrorInfo? Error { get; init; }

    /// <summary>Gets the agent's answer text, when there was one.</summary>
    public string? ResponseText { get; init; }

    /// <summary>Gets when the iteration started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets whether the iteration succeeded.</summary>
    public bool Succeeded => Status == AgentTestStatus.Passed;
}
