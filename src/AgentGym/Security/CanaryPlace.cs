namespace AgentGym.Security;

/// <summary>Where a canary was planted.</summary>
public enum CanaryPlace
{
    /// <summary>In the request's context, as a confidential value the agent may read but never disclose.</summary>
    Context,

    /// <summary>In the system prompt, by AgentGym's chat client wrapper (agents built on an <c>IChatClient</c>).</summary>
    SystemPrompt,

    /// <summary>In the results of the agent's tools, as a confidential value of a record.</summary>
    ToolResult,

    /// <summary>A phrase of the agent's real system prompt, named by the test (<c>SystemPromptExcerpt</c>).</summary>
    SystemPromptExcerpt,
}
