using AgentGym.Agents;
using AgentGym.Metrics;
using AgentGym.Validation;

namespace AgentGym.Results;

/// <summary>One attempt of an agent test: one call of the test body (and of the agent), with its verdicts and metrics.</summary>
public sealed record AgentTestAttempt
{
    /// <summary>Gets which run this attempt belongs to (1-based).</summary>
    public int Run { get; init; } = 1;

    /// <summary>Gets the attempt number within its run (1 for the first try, 2 for the first retry, ...).</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>Gets how the attempt ended.</summary>
    public AgentTestStatus Status { get; init; }

    /// <summary>Gets the attempt's metrics.</summary>
    public AgentMetrics Metrics { get; init; } = AgentMetrics.Empty;

    /// <summary>Gets every validator's verdict.</summary>
    public IReadOnlyList<ValidationResult> Validations { get; init; } = [];

    /// <summary>Gets the error that ended the attempt, when it did not pass.</summary>
    public ErrorInfo? Error { get; init; }

    /// <summary>Gets the agent's response, when there was one.</summary>
    public AgentResponse? Response { get; init; }

    /// <summary>Gets the turns of a conversation test, in order, each with its answer, metrics and verdicts; empty otherwise.</summary>
    public IReadOnlyList<ConversationTurn> Conversation { get; init; } = [];

    /// <summary>Gets why a conversation ended (the simulated user reached its goal, the turn limit, ...), or <see langword="null"/>.</summary>
    public string? ConversationEnd { get; init; }

    /// <summary>Gets when the attempt started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets when the attempt ended.</summary>
    public DateTimeOffset CompletedAt { get; init; }
}
