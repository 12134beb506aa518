namespace AgentGym.Sdk;

/// <summary>Filters for <see cref="IResultStore.ListRuns(RunQuery)"/>.</summary>
public sealed record RunQuery
{
    /// <summary>Gets the branch runs must be on, or <see langword="null"/> for any.</summary>
    public string? Branch { get; init; }

    /// <summary>Gets the time runs must have started at or after, or <see langword="null"/>.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Gets a test (id or full name) that runs must include, or <see langword="null"/>.</summary>
    public string? Test { get; init; }

    /// <summary>Gets the run group runs must belong to, or <see langword="null"/>.</summary>
    public string? Group { get; init; }

    /// <summary>Gets what the runs must be (<see cref="RunKinds.Test"/> or <see cref="RunKinds.Benchmark"/>), or <see langword="null"/> for any.</summary>
    public string? Kind { get; init; }

    /// <summary>Gets the test assembly or project the runs must be of, or <see langword="null"/> for any.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the machine the runs must have run on, or <see langword="null"/> for any.</summary>
    public string? Machine { get; init; }

    /// <summary>Gets the most runs to list (default 20).</summary>
    public int Limit { get; init; } = 20;
}
