using System.Reflection;
using System.Runtime.CompilerServices;
using AgentGym.Configuration;
using AgentGym.Sdk;
using AgentGym.TestAdapter.Logging;
using AgentGym.TestAdapter.Sources;

namespace AgentGym.TestAdapter.Discovery;

/// <summary>Loads a test assembly, opens its run session and pairs each item the session discovers with its test case.</summary>
internal static class TestSourceDiscoverer
{
    private const string BenchmarksAssembly = "AgentGym.Benchmarks";

    /// <summary>Discovers the items of one source, logging why when it has none.</summary>
    /// <param name="source">The test assembly's path.</param>
    /// <param name="options">The options read from runsettings.</param>
    /// <param name="log">Where to say what was found or why the source was skipped.</param>
    /// <returns>The loaded source with its session, or <see langword="null"/> when it was skipped or could not be loaded.</returns>
    public static DiscoveredSource? Discover(string source, AgentGymOptions options, AdapterLog log)
    {
        // A Microsoft.Testing.Platform executable runs its own assembly, which is loaded already: its file need not be read.
        if (!IsRunningExecutable(source) && TestSourceInspector.ReasonToSkip(source) is { } reason)
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
            Discoverers = DiscoverersFor(assembly),
            Log = log,
        });
        var tests = session.Discover().Select(item => new DiscoveredTest(item, TestCaseFactory.Create(source, item))).ToList();
        return new DiscoveredSource(source, session, tests);
    }

    private static bool IsRunningExecutable(string source) =>
        Assembly.GetEntryAssembly()?.Location is { Length: > 0 } entry
        && string.Equals(Path.GetFullPath(entry), Path.GetFullPath(source), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    // An assembly that does not reference the benchmarks package can hold no benchmark: its types are not scanned for one,
    // and the package is not loaded.
    private static IRunItemDiscoverer[] DiscoverersFor(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Any(reference => string.Equals(reference.Name, BenchmarksAssembly, StringComparison.OrdinalIgnoreCase))
            ? [AgentTestDiscoverer.Instance, BenchmarkDiscoverer()]
            : [AgentTestDiscoverer.Instance];

    // Not inlined: compiling the caller must not load the benchmarks package.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IRunItemDiscoverer BenchmarkDiscoverer() => AgentBenchmarkDiscoverer.Instance;
}
