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

/// <summary>A run with its results.</summary>
internal sealed record RunDetail(RunView Run, IReadOnlyList<TestResultView> Tests, IReadOnlyList<BenchmarkResultView> Benchmarks);

/// <summary>One recorded test result. Response text and messages are the agent's untrusted text.</summary>
internal sealed record TestResultView
{
    public long Id { get; init; }

    public long RunId { get; init; }

    public required string TestId { get; init; }

    public required string Name { get; init; }

    public required string Status { get; init; }

    /// <summary>Gets whether the status is a failure (failed, timed out, error), by the engine's one outcome rule.</summary>
    public bool IsFailure { get; init; }

    public string? Agent { get; init; }

    public string? Model { get; init; }

    public long? InputTokens { get; init; }

    public long? OutputTokens { get; init; }

    public long? TotalTokens { get; init; }

    public int? LlmCalls { get; init; }

    public int? ToolCalls { get; init; }

    public double DurationMs { get; init; }

    public int Attempt { get; init; }

    public bool IsFlaky { get; init; }

    public string? ResponseText { get; init; }

    public JsonElement Validations { get; init; }

    /// <summary>The conversation of a multi-turn test, as the store keeps it (<c>{"end", "turns": [...]}</c>); null for a test of one input.</summary>
    public JsonElement? Conversation { get; init; }

    public string? ErrorType { get; init; }

    public string? ErrorMessage { get; init; }

    public string? Commit { get; init; }

    public string? Branch { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset CompletedAt { get; init; }
}

/// <summary>One recorded benchmark run, with the full report as JSON.</summary>
internal sealed record BenchmarkResultView
{
    public long Id { get; init; }

    public long RunId { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Agents { get; init; } = [];

    public string? Baseline { get; init; }

    public int Tasks { get; init; }

    public int Iterations { get; init; }

    public double SuccessRate { get; init; }

    public double MeanDurationMs { get; init; }

    public double MeanTokens { get; init; }

    public string? Winner { get; init; }

    public bool WasCancelled { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset CompletedAt { get; init; }

    public JsonElement Report { get; init; }
}
