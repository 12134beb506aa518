using AgentGym.Agents;
using AgentGym.Metrics;
using AgentGym.Validation;

namespace AgentGym.Results;

/// <summary>One turn of a conversation test: what the user said, what the agent answered, what it cost, and the turn's verdicts.</summary>
public sealed record ConversationTurn
{
    /// <summary>Gets the turn's number in the conversation (1-based).</summary>
    public required int Number { get; init; }

    /// <summary>Gets what the user said (the request's task), with the conversation it continued.</summary>
    public required AgentRequest Request { get; init; }

    /// <summary>Gets the agent's answer, or <see langword="null"/> when the turn ended without one (an error, a timeout).</summary>
    public AgentResponse? Response { get; init; }

    /// <summary>Gets the turn's own metrics: its tokens, LLM calls, tool calls and duration.</summary>
    public AgentMetrics Metrics { get; init; } = AgentMetrics.Empty;

    /// <summary>Gets the verdicts of the turn's validators.</summary>
    public IReadOnlyList<ValidationResult> Validations { get; init; } = [];

    /// <summary>Gets whether a simulated user said this turn's message, rather than a script.</summary>
    public bool IsSimulated { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Number}: {Request.Task} -> {Response?.Text}";
}
