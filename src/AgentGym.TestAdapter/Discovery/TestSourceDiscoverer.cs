using System.Reflection;
using AgentGym.Definitions;
using AgentGym.Discovery;
using AgentGym.Discovery.Declarative;
using AgentGym.TestAdapter.Logging;
using AgentGym.TestAdapter.Sources;

namespace AgentGym.TestAdapter.Discovery;

/// <summary>Loads a test assembly and asks the engine for its agent tests, pairing each with its test case.</summary>
internal static class TestSourceDiscoverer
{
    /// <summary>Discovers the agent tests of one source, logging why when it has none.</summary>
    /// <param name="source">The test assembly's path.</param>
    /// <param name="log">Where to say what was found or why the source was skipped.</param>
    /// <returns>The loaded source, or <see langword="null"/> when it was skipped or could not be loaded.</returns>
    public static DiscoveredSource? Discover(string source, AdapterLog log)
    {
        var fileName = Path.GetFileName(source);
        if (TestSourceInspector.ReasonToSkip(source) is { } reason)
        {
            log.Info($"Skipping {fileName}: {reason}.");
            return null;
        }

        Assembly assembly;
        IReadOnlyList<AgentTestDefinition> definitions;
        IReadOnlyDictionary<AgentTestDefinition, Type> benchmarks;
        try
        {
            // The default load context, where the test host already resolves the test project's dependencies.
            assembly = Assembly.LoadFrom(source);
            benchmarks = BenchmarkDefinitions.Discover(assembly);
            // Attributed tests first, then the *.agenttest.json/yaml files beside the assembly, then benchmark classes.
            definitions = [.. AttributeTestDiscoverer.Discover(assembly), .. DeclarativeTestDiscoverer.Discover(assembly), .. benchmarks.Keys];
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.Error($"Cannot discover the agent tests of {source}: {ex.GetType().Name}: {ex.Message}");
            return null;
        }

        var tests = WithUniqueKeys(definitions, fileName, log)
            .Select(t => new DiscoveredTest(t.Key, t.Definition, TestCaseFactory.Create(source, t.Definition, t.Key), benchmarks.GetValueOrDefault(t.Definition)))
            .ToList();
        log.Info(tests.Count == 0
            ? $"Found no agent tests ([AgentTest] methods or *.agenttest.json/yaml files) or benchmarks ([AgentBenchmark] classes) in {fileName}."
            : $"Found {tests.Count} agent test case(s) in {fileName} ({tests.Count(t => t.Definition.TestFile is not null)} from test files, {benchmarks.Count} benchmark(s)).");
        return new DiscoveredSource(source, assembly, tests);
    }

    // Two definitions with one id (overloaded test methods share Class.Method) would give two test cases one id, and the
    // platform would drop one. Keep both: the second gets a suffix, and the user hears why.
    private static IEnumerable<(string Key, AgentTestDefinition Definition)> WithUniqueKeys(IReadOnlyList<AgentTestDefinition> definitions, string fileName, AdapterLog log)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var count = seen.GetValueOrDefault(definition.Id) + 1;
            seen[definition.Id] = count;
            if (count == 1)
            {
                yield return (definition.Id, definition);
                continue;
            }

            log.Warning($"{fileName}: {count} agent tests share the id '{definition.Id}' (overloaded test methods?); give each test method its own name. Reporting this one as '{definition.Id}#{count}'.");
            yield return ($"{definition.Id}#{count}", definition);
        }
    }
}
