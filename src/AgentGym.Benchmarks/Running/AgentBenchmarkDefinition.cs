using AgentGym.Definitions;

namespace AgentGym.Sdk;

/// <summary>
/// A benchmark declared by data rather than by a class (the REST API's benchmarks): agents, tasks that are engine test
/// definitions (an input and validators, as a declarative test has), and the settings of the run.
/// </summary>
public sealed record AgentBenchmarkDefinition
{
    /// <summary>Gets the benchmark's name, which the store and the reports use.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the agents to compare, in order.</summary>
    public required IReadOnlyList<string> Agents { get; init; }

    /// <summary>Gets the baseline agent, one of <see cref="Agents"/>.</summary>
    public required string Baseline { get; init; }

    /// <summary>Gets the tasks: each sends its <see cref="AgentTestDefinition.Input"/> to the agent and applies its validators.</summary>
    public required IReadOnlyList<AgentTestDefinition> Tasks { get; init; }

    /// <summary>Gets the counted iterations per agent and task.</summary>
    public int Iterations { get; init; } = 10;

    /// <summary>Gets the uncounted iterations per agent and task, run first.</summary>
    public int WarmupIterations { get; init; } = 1;

    /// <summary>Gets how many iterations run at once.</summary>
    public int MaxParallelism { get; init; } = 1;

    /// <summary>Gets the timeout of one iteration, or <see langword="null"/> for the runtime's default.</summary>
    public TimeSpan? Timeout { get; init; }
}
