using System.Reflection;

namespace AgentGym.Benchmarks.Running;

/// <summary>What a benchmark class declares, read and checked: its agents, tasks, setup and cleanup, and settings.</summary>
internal sealed record BenchmarkPlan
{
    public required Type Type { get; init; }

    public required PropertyInfo AgentProperty { get; init; }

    public required IReadOnlyList<string> Agents { get; init; }

    public required string Baseline { get; init; }

    public required IReadOnlyList<BenchmarkTaskCase> Tasks { get; init; }

    public IReadOnlyList<MethodInfo> GlobalSetups { get; init; } = [];

    public IReadOnlyList<MethodInfo> GlobalCleanups { get; init; } = [];

    public int Iterations { get; init; }

    public int WarmupIterations { get; init; }

    public int MaxParallelism { get; init; }

    public TimeSpan? Timeout { get; init; }

    public string Title => Type.FullName ?? Type.Name;
}
