namespace AgentGym.Benchmarks.Attributes;

/// <summary>
/// Names the agents to compare, as <c>[Params]</c> does in BenchmarkDotNet: put it on a public settable <c>IAgent</c>
/// property. The names are looked up in the startup class's registry; <see cref="Baseline"/> is the agent the others are
/// compared with.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class AgentParamsAttribute : Attribute
{
    /// <summary>Names the agents to compare.</summary>
    /// <param name="agents">Registered agent names.</param>
    public AgentParamsAttribute(params string[] agents) => Agents = agents ?? [];

    /// <summary>Gets the registered names of the agents.</summary>
    public IReadOnlyList<string> Agents { get; }

    /// <summary>Gets or sets the agent the others are compared with; the first agent when not set.</summary>
    public string? Baseline { get; set; }
}
