namespace AgentGym.Sdk;

/// <summary>A run asked for over the REST API: a row of <c>agent_run_requests</c>, keyed by the run it records into.</summary>
public sealed record RunRequest
{
    /// <summary>Gets the run's id, the same as the id of its row in <c>agent_runs</c>.</summary>
    public long RunId { get; init; }

    /// <summary>Gets what runs: <see cref="RunKinds.Test"/> or <see cref="RunKinds.Benchmark"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the id of the test, or the name of the benchmark, that runs.</summary>
    public required string Target { get; init; }

    /// <summary>Gets the version of the stored definition that runs, or <see langword="null"/> for one from a test project.</summary>
    public int? DefinitionVersion { get; init; }

    /// <summary>Gets the agent the run uses instead of the definition's, or <see langword="null"/>.</summary>
    public string? AgentName { get; init; }

    /// <summary>Gets why the run was started when it was not asked for directly (an agent registered or changed).</summary>
    public string? Trigger { get; init; }

    /// <summary>Gets where the run stands (see <see cref="RunRequestStatus"/>).</summary>
    public string Status { get; init; } = RunRequestStatus.Pending;

    /// <summary>Gets when the run was asked for.</summary>
    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>Gets when a worker took it.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Gets when it ended.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Gets the worker that runs it, while it runs.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets until when the worker holds it; a run whose lease ran out is ended as an error by any worker.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; init; }

    /// <summary>Gets whether a cancel was asked for while it ran.</summary>
    public bool CancelRequested { get; init; }

    /// <summary>Gets the summary of the result as JSON, once it ended.</summary>
    public string? ResultJson { get; init; }

    /// <summary>Gets why it ended in an error, when it did.</summary>
    public string? Error { get; init; }
}
