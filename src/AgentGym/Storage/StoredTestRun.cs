using AgentGym.Results;

namespace AgentGym.Sdk;

/// <summary>One recorded test result: a row of <c>agent_test_runs</c> with its test.</summary>
public sealed record StoredTestRun
{
    /// <summary>Gets the row's id.</summary>
    public long Id { get; init; }

    /// <summary>Gets the run it belongs to.</summary>
    public long RunId { get; init; }

    /// <summary>Gets the test's stable id.</summary>
    public required string TestId { get; init; }

    /// <summary>Gets the test's full name.</summary>
    public required string FullName { get; init; }

    /// <summary>Gets the test's display name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Gets the test type.</summary>
    public string TestType { get; init; } = string.Empty;

    /// <summary>Gets the agent's name, when known.</summary>
    public string? AgentName { get; init; }

    /// <summary>Gets the agent's model, when known.</summary>
    public string? AgentModel { get; init; }

    /// <summary>Gets the status.</summary>
    public AgentTestStatus Status { get; init; }

    /// <summary>Gets the input tokens, or <see langword="null"/> when they were not reported (NULL in the store).</summary>
    public long? InputTokens { get; init; }

    /// <summary>Gets the output tokens, or <see langword="null"/> when they were not reported.</summary>
    public long? OutputTokens { get; init; }

    /// <summary>Gets the total tokens, or <see langword="null"/> when they were not reported.</summary>
    public long? TotalTokens { get; init; }

    /// <summary>Gets the LLM calls, or <see langword="null"/> when they were not reported.</summary>
    public int? LlmCalls { get; init; }

    /// <summary>Gets the tool calls, or <see langword="null"/> when they were not reported.</summary>
    public int? ToolCalls { get; init; }

    /// <summary>Gets the duration of the deciding attempt in milliseconds.</summary>
    public double DurationMs { get; init; }

    /// <summary>Gets the attempt number that decided the result.</summary>
    public int Attempt { get; init; }

    /// <summary>Gets the agent's last response text, when there was one.</summary>
    public string? ResponseText { get; init; }

    /// <summary>
    /// Gets the conversation of a conversation test as JSON: <c>{"end": ..., "turns": [{"turn", "simulated", "user", "agent",
    /// "tool_calls", "metrics", "validations"}]}</c>; <see langword="null"/> for a test of one input.
    /// </summary>
    public string? ConversationJson { get; init; }

    /// <summary>Gets the id of the security probe of a probe case (<c>[SecurityProbes]</c>), or <see langword="null"/> for another test.</summary>
    public string? ProbeId { get; init; }

    /// <summary>Gets the OWASP Top 10 for LLM Applications category of that probe, such as <c>LLM01</c>, or <see langword="null"/>.</summary>
    public string? ProbeCategory { get; init; }

    /// <summary>Gets the verdicts as JSON (an array of validator, passed, message).</summary>
    public string ValidationsJson { get; init; } = "[]";

    /// <summary>Gets the error's type, when there was one.</summary>
    public string? ErrorType { get; init; }

    /// <summary>Gets the error's message, when there was one.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>Gets when the test started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets when the test ended.</summary>
    public DateTimeOffset CompletedAt { get; init; }

    /// <summary>Gets whether the test's outcome changed across recent runs of the same commit.</summary>
    public bool IsFlaky { get; init; }

    /// <summary>Gets the commit of the run, when known.</summary>
    public string? Commit { get; init; }

    /// <summary>Gets the branch of the run, when known.</summary>
    public string? Branch { get; init; }

    /// <summary>Gets whether the status counts as passed.</summary>
    public bool Passed => Status == AgentTestStatus.Passed;
}
