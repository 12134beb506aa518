using System.Text.Json;

namespace AgentGym.Server.Api;

/// <summary>The answer to a run request: 202 with the run's id and where to follow it.</summary>
internal sealed record RunAccepted(long RunId, string Status, string Location);

/// <summary>The optional body of a run request.</summary>
/// <param name="Agent">An agent that replaces the test's (tests given over the API only).</param>
internal sealed record RunOptionsBody(string? Agent);

/// <summary>A run: requested over the API (with its queue status) or recorded by another front end.</summary>
internal sealed record RunView
{
    public long RunId { get; init; }

    public required string Kind { get; init; }

    public string? Target { get; init; }

    public required string Status { get; init; }

    public int? DefinitionVersion { get; init; }

    public string? Agent { get; init; }

    public string? Trigger { get; init; }

    public string? Source { get; init; }

    public string? Commit { get; init; }

    public string? Branch { get; init; }

    public DateTimeOffset? RequestedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public int Passed { get; init; }

    public int Failed { get; init; }

    public int Skipped { get; init; }

    public int Flaky { get; init; }

    public string? Error { get; init; }

    public JsonElement? Summary { get; init; }
}

/// <summary>A run with its results, as the store keeps them (see <see cref="StoreRecordJson"/>). Response text and messages are the agent's untrusted text.</summary>
internal sealed record RunDetail(RunView Run, IReadOnlyList<StoredTestRun> Tests, IReadOnlyList<StoredBenchmarkRun> Benchmarks);
