using System.Reflection;
using AgentGym.Benchmarks.Attributes;
using AgentGym.Sdk;

namespace AgentGym.Benchmarks.Running;

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
        {
            var attribute = type.GetCustomAttribute<AgentBenchmarkAttribute>(inherit: true)!;
            yield return RunItem.ForBenchmark(type, attribute.SourceFilePath, attribute.SourceLineNumber);
        }
    }
}
