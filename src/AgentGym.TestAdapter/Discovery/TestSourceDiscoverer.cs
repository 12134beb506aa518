using System.Reflection;
using AgentGym.Configuration;
using AgentGym.Sdk;
using AgentGym.TestAdapter.Logging;
using AgentGym.TestAdapter.Sources;

namespace AgentGym.TestAdapter.Discovery;

/// <summary>Loads a test assembly, opens its run session and pairs each item the session discovers with its test case.</summary>
internal static class TestSourceDiscoverer
{
    /// <summary>Discovers the items of one source, logging why when it has none.</summary>
    /// <param name="source">The test assembly's path.</param>
    /// <param name="options">The options read from runsettings.</param>
    /// <param name="log">Where to say what was found or why the source was skipped.</param>
    /// <returns>The loaded source with its session, or <see langword="null"/> when it was skipped or could not be loaded.</returns>
    public static DiscoveredSource? Discover(string source, AgentGymOptions options, AdapterLog log)
    {
        if (TestSourceInspector.ReasonToSkip(source) is { } reason)
        {
            log.Info($"Skipping {Path.GetFileName(source)}: {reason}.");
            return null;
        }

        Assembly assembly;
        try
        {
            // The default load context, where the test host already resolves the test project's dependencies.
            assembly = Assembly.LoadFrom(source);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.Error($"Cannot load {source}: {ex.GetType().Name}: {ex.Message}");
            return null;
        }

        var session = RunSession.Open(new RunSessionOptions
        {
            Assembly = assembly,
            Source = source,
            Options = options,
            Discoverers = [AgentTestDiscoverer.Instance, AgentBenchmarkDiscoverer.Instance],
            Log = log,
        });
        var tests = session.Discover().Select(item => new DiscoveredTest(item, TestCaseFactory.Create(source, item))).ToList();
        return new DiscoveredSource(source, session, tests);
    }
}
