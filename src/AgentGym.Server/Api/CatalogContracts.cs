using System.Text.Json;

namespace AgentGym.Server.Api;

/// <summary>A test the server knows: given over the API, in the served project, or only recorded (by <c>dotnet test</c>).</summary>
internal sealed record TestView
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Type { get; init; }

    public string? Agent { get; init; }

    /// <summary>Gets where it comes from: <c>api</c>, <c>project</c> or <c>recorded</c>.</summary>
    public required string Source { get; init; }

    public int? Version { get; init; }

    public bool Runnable { get; init; }

    public string? LastStatus { get; init; }

    public DateTimeOffset? LastSeenAt { get; init; }

    public int Results { get; init; }

    public JsonElement? Definition { get; init; }
}

/// <summary>A test's runs: those requested over the API and still queued or without a result, and its recorded results.</summary>
internal sealed record TestRunsView(string TestId, IReadOnlyList<RunView> Requests, IReadOnlyList<StoredTestRun> Results);

/// <summary>A benchmark the server knows: given over the API, or only recorded (by <c>agentgym bench</c> or <c>dotnet test</c>).</summary>
internal sealed record BenchmarkView
{
    public required string Name { get; init; }

    public required string Source { get; init; }

    public int? Version { get; init; }

    public bool Runnable { get; init; }

    public int Runs { get; init; }

    public DateTimeOffset? LastRunAt { get; init; }

    public JsonElement? Definition { get; init; }
}

/// <summary>A benchmark's runs.</summary>
internal sealed record BenchmarkRunsView(string Name, IReadOnlyList<RunView> Requests, IReadOnlyList<StoredBenchmarkRun> Results);

/// <summary>An agent: registered over the API (its definition holds references, never secrets) or by the served project.</summary>
internal sealed record AgentView
{
    public required string Name { get; init; }

    public required string Source { get; init; }

    public int? Version { get; init; }

    public JsonElement? Definition { get; init; }

    public IReadOnlyList<RunAccepted> TriggeredRuns { get; init; } = [];
}
