using System.Reflection;

namespace AgentGym.Sdk;

/// <summary>Finds the agent tests of an assembly: its <c>[AgentTest]</c> methods, then the <c>*.agenttest.json/yaml</c> files beside it.</summary>
public sealed class AgentTestDiscoverer : IRunItemDiscoverer
{
    /// <summary>Gets the discoverer.</summary>
    public static AgentTestDiscoverer Instance { get; } = new();

    private AgentTestDiscoverer()
    {
    }

    /// <inheritdoc />
    public string Finds => "agent tests ([AgentTest] methods or *.agenttest.json/yaml files)";

    /// <inheritdoc />
    public IEnumerable<RunItem> Discover(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return [.. AttributeTestDiscoverer.Discover(assembly).Select(RunItem.ForTest), .. DeclarativeTestDiscoverer.Discover(assembly).Select(RunItem.ForTest)];
    }
}
