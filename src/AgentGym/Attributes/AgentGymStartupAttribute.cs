namespace AgentGym.Attributes;

/// <summary>Names the class that registers the agents and services of a test assembly: <c>[assembly: AgentGymStartup(typeof(MyStartup))]</c>.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class AgentGymStartupAttribute : Attribute
{
    /// <summary>Names the startup class.</summary>
    /// <param name="startupType">A class with a public parameterless constructor that implements <c>IAgentGymStartup</c>.</param>
    public AgentGymStartupAttribute(Type startupType) => StartupType = startupType;

    /// <summary>Gets the startup class.</summary>
    public Type StartupType { get; }
}
