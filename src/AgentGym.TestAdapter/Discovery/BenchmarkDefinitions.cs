using System.Reflection;
using AgentGym.Benchmarks.Attributes;
using AgentGym.Benchmarks.Running;
using AgentGym.Definitions;

namespace AgentGym.TestAdapter.Discovery;

/// <summary>
/// Stands each agent benchmark class for one test case: a definition that names the class (it never reaches the engine's
/// test runner), so that filters, run-selected-tests and ids work as for agent tests.
/// </summary>
internal static class BenchmarkDefinitions
{
    /// <summary>The trait that marks a benchmark (<c>--filter Kind=AgentBenchmark</c>).</summary>
    public const string KindTrait = "Kind";

    /// <summary>The value of <see cref="KindTrait"/> for benchmarks.</summary>
    public const string Benchmark = "AgentBenchmark";

    /// <summary>Finds the benchmark classes of an assembly.</summary>
    /// <param name="assembly">The test assembly.</param>
    /// <returns>A definition per class, with the class.</returns>
    public static IReadOnlyDictionary<AgentTestDefinition, Type> Discover(Assembly assembly)
    {
        var found = new Dictionary<AgentTestDefinition, Type>(ReferenceEqualityComparer.Instance);
        foreach (var type in AgentBenchmarkSwitcher.BenchmarkClasses(assembly))
        {
            var attribute = type.GetCustomAttribute<AgentBenchmarkAttribute>(inherit: true)!;
            var definition = new AgentTestDefinition
            {
                Id = $"{type.FullName}[benchmark]",
                FullName = type.FullName ?? type.Name,
                DisplayName = $"{type.Name} (agent benchmark)",
                Type = AgentTestType.Performance,
                SourceFile = string.IsNullOrEmpty(attribute.SourceFilePath) ? null : attribute.SourceFilePath,
                SourceLine = attribute.SourceLineNumber > 0 ? attribute.SourceLineNumber : null,
                Traits = [new(KindTrait, Benchmark)],
            };
            found[definition] = type;
        }

        return found;
    }
}
