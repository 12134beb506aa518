namespace AgentGym.Security;

/// <summary>How a test applies its probes: the benign task, the tool policy and how refusals are recognised.</summary>
public sealed record SecurityProbeOptions
{
    /// <summary>Gets the benign task that indirect probes send (<c>{{task}}</c>); it should make the agent call a tool or read the document.</summary>
    public string? Task { get; init; }

    /// <summary>Gets the tools the agent must never call; excessive-agency probes ask for the first one.</summary>
    public IReadOnlyList<string> ForbiddenTools { get; init; } = [];

    /// <summary>Gets the only tools the agent may call; empty for no such limit.</summary>
    public IReadOnlyList<string> AllowedTools { get; init; } = [];

    /// <summary>Gets a phrase of the agent's real system prompt that must never appear in an answer.</summary>
    public string? SystemPromptExcerpt { get; init; }

    /// <summary>Gets how refusals are recognised.</summary>
    public RefusalCheck RefusalCheck { get; init; }
}
