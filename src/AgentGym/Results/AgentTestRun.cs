using AgentGym.Definitions;
using AgentGym.Metrics;
using AgentGym.Validation;

namespace AgentGym.Results;

/// <summary>The result of running one agent test case: its status, metrics, verdicts, error and every attempt.</summary>
public sealed record AgentTestRun
{
    /// <summary>Gets the test case that ran.</summary>
    public required AgentTestDefinition Test { get; init; }

    /// <summary>Gets the overall status.</summary>
    public AgentTestStatus Status { get; init; }

    /// <summary>Gets the registered name of the agent that ran, when there was one.</summary>
    public string? AgentName { get; init; }

    /// <summary>Gets the metrics of the deciding attempt (the last one).</summary>
    public AgentMetrics Metrics { get; init; } = AgentMetrics.Empty;

    /// <summary>Gets the verdicts of the deciding attempt, followed by the verdicts on the distribution for performance tests.</summary>
    public IReadOnlyList<ValidationResult> Validations { get; init; } = [];

    /// <summary>Gets the error that decided the status, when the test did not pass.</summary>
    public ErrorInfo? Error { get; init; }

    /// <summary>Gets why the test was skipped.</summary>
    public string? SkipReason { get; init; }

    /// <summary>Gets every attempt, in order.</summary>
    public IReadOnlyList<AgentTestAttempt> Attempts { get; init; } = [];

    /// <summary>Gets the conversation of the deciding attempt (the last one): every turn with its answer, metrics and verdicts; empty for a test of one input.</summary>
    public IReadOnlyList<ConversationTurn> Conversation => Attempts.Count == 0 ? [] : Attempts[^1].Conversation;

    /// <summary>Gets the summary over runs and retries.</summary>
    public RepeatedRunSummary? Summary { get; init; }

    /// <summary>Gets what the test wrote to <see cref="Execution.AgentTestContext.WriteLine(string)"/>.</summary>
    public string Output { get; init; } = string.Empty;

    /// <summary>Gets when the test started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets when the test ended.</summary>
    public DateTimeOffset CompletedAt { get; init; }

    /// <summary>Gets the attempt number that decided the result (1-based, counting every attempt).</summary>
    public int AttemptNumber => Attempts.Count;

    /// <summary>Gets the wall time from start to end.</summary>
    public TimeSpan Duration => CompletedAt - StartedAt;
}
