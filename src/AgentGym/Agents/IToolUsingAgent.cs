namespace AgentGym.Agents;

/// <summary>An agent that says which tools it offers, so that <c>[RequiresTools]</c> can check them before a test runs.</summary>
public interface IToolUsingAgent : IAgent
{
    /// <summary>Gets the names of the tools the agent can call.</summary>
    IReadOnlyCollection<string> ToolNames { get; }
}
