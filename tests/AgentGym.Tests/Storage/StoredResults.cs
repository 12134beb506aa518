using AgentGym.Definitions;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Tests.Storage;

/// <summary>Builds results to record and temporary store files.</summary>
internal static class StoredResults
{
    public static AgentTestRun Result(string test = "Support.Refund", AgentTestStatus status = AgentTestStatus.Passed, long tokens = 100, string text = "done") => new()
    {
        Test = new AgentTestDefinition { Id = test + "[agent=support]", FullName = test, DisplayName = test + " (support)", AgentName = "support" },
        Status = status,
        AgentName = "support",
        Metrics = new AgentMetrics { InputTokens = tokens / 2, OutputTokens = tokens - (tokens / 2), TotalTokens = tokens, LlmCalls = 2, ToolCalls = 1, Duration = TimeSpan.FromMilliseconds(250) },
        Attempts = [new AgentTestAttempt { Status = status, Response = new AgentGym.Agents.AgentResponse(text) }],
        StartedAt = DateTimeOffset.UtcNow,
        CompletedAt = DateTimeOffset.UtcNow,
    };

    public static RunInfo Run(string? commit = "abc123", string? branch = "main") => new() { Commit = commit, Branch = branch, Source = "Support.Tests.dll" };
}
