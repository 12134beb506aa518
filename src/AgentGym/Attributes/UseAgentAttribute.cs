namespace AgentGym.Attributes;

/// <summary>Runs the tests of a class or a method against the agent registered under this name in the startup class.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class UseAgentAttribute : Attribute
{
    /// <summary>Picks the agent.</summary>
    /// <param name="name">The name the agent was registered under with <c>AddAgent</c>.</param>
    public UseAgentAttribute(string name) => Name = name;

    /// <summary>Gets the agent's registered name.</summary>
    public string Name { get; }
}
