namespace AgentGym.Attributes;

/// <summary>Skips the test, saying why, when the agent does not offer all of these tools (see <c>IToolUsingAgent</c>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class RequiresToolsAttribute : Attribute
{
    /// <summary>Names the tools.</summary>
    /// <param name="toolNames">The tools the test needs.</param>
    public RequiresToolsAttribute(params string[] toolNames) => ToolNames = toolNames ?? [];

    /// <summary>Gets the tools the test needs.</summary>
    public IReadOnlyList<string> ToolNames { get; }
}
