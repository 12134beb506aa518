namespace AgentGym.Security;

/// <summary>Where a probe's attack reaches the agent.</summary>
public enum ProbeDelivery
{
    /// <summary>In the task itself, as a user would type it.</summary>
    Direct,

    /// <summary>In the results of the agent's own tools (indirect injection): the task is benign, a tool result carries the attack.</summary>
    ToolResult,

    /// <summary>In a retrieved document placed in the request's context (indirect injection through retrieval).</summary>
    Document,
}
