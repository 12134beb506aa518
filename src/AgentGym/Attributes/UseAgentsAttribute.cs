namespace AgentGym.Attributes;

/// <summary>Runs the tests of a class or a method against each of these agents: one test case per agent.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class UseAgentsAttribute : Attribute
{
    /// <summary>Picks the agents.</summary>
    /// <param name="names">The names the agents were registered under with <c>AddAgent</c>.</param>
    public UseAgentsAttribute(params string[] names) => Names = names ?? [];

    /// <summary>Gets the agents' registered names.</summary>
    public IReadOnlyList<string> Names { get; }
}
