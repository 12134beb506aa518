using AgentGym.Benchmarks.Statistics;

namespace AgentGym.Benchmarks.Results;

/// <summary>
/// The result of one benchmark class: every counted iteration, the statistics per agent and task and per agent, and the
/// comparison of each agent with the baseline. Exporters turn it into reports.
/// </summary>
public sealed record AgentBenchmarkRun
{
    /// <summary>Gets the benchmark's name: the class's full name, which also names its report files.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the agents, in the order the benchmark names them.</summary>
    public required IReadOnlyList<string> Agents { get; init; }

    /// <summary>Gets the baseline agent.</summary>
    public required string Baseline { get; init; }

    /// <summary>Gets the tasks, in declaration order.</summary>
    public required IReadOnlyList<string> Tasks { get; init; }

    /// <summary>Gets the settings of the run.</summary>
    public required BenchmarkSettings Settings { get; init; }

    /// <summary>Gets every counted iteration that finished (cancelled ones are left out).</summary>
    public IReadOnlyList<BenchmarkIteration> Iterations { get; init; } = [];

    /// <summary>Gets the statistics per agent and task, agent by agent.</summary>
    public IReadOnlyList<AgentTaskStatistics> TaskStatistics { get; init; } = [];

    /// <summary>Gets the statistics per agent over all its tasks.</summary>
    public IReadOnlyList<AgentTaskStatistics> AgentStatistics { get; init; } = [];

    /// <summary>Gets each agent compared with the baseline (the baseline itself is left out), in rank order.</summary>
    public IReadOnlyList<AgentComparison> Comparisons { get; init; } = [];

    /// <summary>Gets the agents in rank order, best first.</summary>
    public IReadOnlyList<string> Ranking { get; init; } = [];

    /// <summary>Gets whether the run was cancelled before every iteration had run; the statistics cover what ran.</summary>
    public bool WasCancelled { get; init; }

    /// <summary>
    /// Gets where the iterations that did not run again came from, when the run resumed a stopped one; <see langword="null"/>
    /// when every iteration ran in this run. <see cref="Iterations"/> holds both, each once.
    /// </summary>
    public BenchmarkResume? Resumed { get; init; }

    /// <summary>Gets how many counted iterations were planned.</summary>
    public int PlannedIterations { get; init; }

    /// <summary>Gets when the run started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets when the run ended.</summary>
    public DateTimeOffset CompletedAt { get; init; }

    /// <summary>Gets the report files written, with full paths.</summary>
    public IReadOnlyList<string> Artifacts { get; init; } = [];

    /// <summary>Gets the rank (1 = best) of an agent.</summary>
    /// <param name="agent">The agent's name.</param>
    /// <returns>The rank, or 0 when the agent is not ranked.</returns>
    public int RankOf(string agent)
    {
        for (var i = 0; i < Ranking.Count; i++)
        {
            if (string.Equals(Ranking[i], agent, StringComparison.Ordinal))
                return i + 1;
        }

        return 0;
    }
}
