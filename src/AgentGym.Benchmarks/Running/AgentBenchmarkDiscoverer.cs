using System.Reflection;
using AgentGym.Benchmarks.Attributes;
using AgentGym.Benchmarks.Running;

namespace AgentGym.Sdk;

/// <summary>Finds the <c>[AgentBenchmark]</c> classes of an assembly for a run session, each as one item of kind <see cref="RunItemKind.Benchmark"/>.</summary>
public sealed class AgentBenchmarkDiscoverer : IRunItemDiscoverer
{
    /// <summary>Gets the discoverer.</summary>
    public static AgentBenchmarkDiscoverer Instance { get; } = new();

    private AgentBenchmarkDiscoverer()
    {
    }

    /// <inheritdoc />
    public string Finds => "benchmarks ([AgentBenchmark] classes)";

    /// <inheritdoc />
    public IEnumerable<RunItem> Discover(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in AgentBenchmarkSwitcher.BenchmarkClasses(assembly))
            yield return ItemOf(type);
    }

    /// <summary>Makes the item of one benchmark class, keyed by its full name.</summary>
    internal static RunItem ItemOf(Type type)
    {
        var attribute = type.GetCustomAttribute<AgentBenchmarkAttribute>(inherit: true);
        return RunItem.ForBenchmark(type, attribute?.SourceFilePath, attribute?.SourceLineNumber);
    }
}
