using System.ComponentModel;
using AgentGym.Configuration;
using AgentGym.TestAdapter.Configuration;
using AgentGym.TestAdapter.Discovery;
using AgentGym.TestAdapter.Execution;
using AgentGym.TestAdapter.Filtering;
using AgentGym.TestAdapter.Logging;
using AgentGym.TestAdapter.TestingPlatform;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

// Names the adapter's one extension type, so that the test platform looks at it alone instead of loading every type of this
// assembly, which would also load Microsoft.Testing.Platform for the executable's bridge under VSTest.
[assembly: Microsoft.VisualStudio.TestPlatform.TestExtensionTypes(typeof(AgentGym.TestAdapter.AgentGymTestAdapter))]

namespace AgentGym.TestAdapter;

/// <summary>
/// The VSTest adapter for AgentGym: discovers the agent tests of a test assembly and runs them through the AgentGym engine,
/// for <c>dotnet test</c>, Visual Studio Test Explorer and any VSTest host. It only translates between the test platform
/// and the engine; all test logic lives in the engine.
/// </summary>
[FileExtension(".dll")]
[DefaultExecutorUri(ExecutorUriString)]
[ExtensionUri(ExecutorUriString)]
[Category("managed")]
public sealed class AgentGymTestAdapter : ITestDiscoverer, ITestExecutor
{
    /// <summary>The executor URI that AgentGym test cases carry.</summary>
    public const string ExecutorUriString = "executor://agentgym/testadapter/v1";

    /// <summary>Gets the executor URI that AgentGym test cases carry.</summary>
    public static Uri ExecutorUri { get; } = new(ExecutorUriString);

    private CancellationTokenSource? _cancellation;

    /// <summary>Finds the agent tests of the sources that reference AgentGym and sends them to the sink.</summary>
    /// <param name="sources">The test assemblies.</param>
    /// <param name="discoveryContext">The runsettings and, from <c>dotnet test --list-tests</c>, the filter.</param>
    /// <param name="logger">Where to say what was found and why a source was skipped.</param>
    /// <param name="discoverySink">Receives the test cases.</param>
    public void DiscoverTests(IEnumerable<string> sources, IDiscoveryContext discoveryContext, IMessageLogger logger, ITestCaseDiscoverySink discoverySink)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(discoverySink);
        // The run reports what is wrong in the settings; discovery reads them only for where its messages are shown.
        var log = new AdapterLog(logger, Settings(discoveryContext).ShowsInformation);
        foreach (var source in sources)
        {
            // Discovery needs no options: no startup class runs, no store opens, no shard applies.
            if (TestSourceDiscoverer.Discover(source, new AgentGymOptions(), log) is not { } discovered)
                continue;
            foreach (var test in TestCaseFilter.For(discoveryContext, discovered.Tests, log).Apply(discovered.Tests))
                discoverySink.SendTestCase(test.TestCase);
        }
    }

    /// <summary>Runs every agent test of the sources that matches the run's filter.</summary>
    /// <param name="sources">The test assemblies.</param>
    /// <param name="runContext">The runsettings and the filter.</param>
    /// <param name="frameworkHandle">Receives each test's start, result and end.</param>
    public void RunTests(IEnumerable<string>? sources, IRunContext? runContext, IFrameworkHandle? frameworkHandle)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(frameworkHandle);
        var settings = ReadSettings(runContext, frameworkHandle, out var log);
        using var cancellation = BeginRun();
        try
        {
            foreach (var source in sources)
            {
                if (cancellation.IsCancellationRequested)
                    break;
                if (TestSourceDiscoverer.Discover(source, settings.Options, log) is not { } discovered)
                    continue;
                var selection = TestCaseFilter.For(runContext, discovered.Tests, log).Apply(discovered.Tests);
                RunSource(discovered, selection, frameworkHandle, settings, log, cancellation);
            }
        }
        finally
        {
            EndRun(cancellation);
        }
    }

    /// <summary>Runs the given agent test cases (run selected tests), finding each again by its key after a fresh discovery.</summary>
    /// <param name="tests">The test cases, as discovered earlier.</param>
    /// <param name="runContext">The runsettings.</param>
    /// <param name="frameworkHandle">Receives each test's start, result and end.</param>
    public void RunTests(IEnumerable<TestCase>? tests, IRunContext? runContext, IFrameworkHandle? frameworkHandle)
    {
        ArgumentNullException.ThrowIfNull(tests);
        ArgumentNullException.ThrowIfNull(frameworkHandle);
        var settings = ReadSettings(runContext, frameworkHandle, out var log);
        using var cancellation = BeginRun();
        try
        {
            foreach (var group in tests.GroupBy(t => t.Source, StringComparer.Ordinal))
            {
                if (cancellation.IsCancellationRequested)
                    break;
                var discovered = TestSourceDiscoverer.Discover(group.Key, settings.Options, log);
                var selection = SelectedTests.Find(group.Key, discovered, [.. group], frameworkHandle);
                if (discovered is not null)
                    RunSource(discovered, selection, frameworkHandle, settings, log, cancellation);
            }
        }
        finally
        {
            EndRun(cancellation);
        }
    }

    /// <summary>Stops the run: no new test starts, and running tests end as cancelled. Returns at once and never throws.</summary>
    public void Cancel()
    {
        try
        {
            _ = Volatile.Read(ref _cancellation)?.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The run has just ended; there is nothing left to cancel.
        }
    }

    // Reads the settings and makes the run's log, which sends informational messages only where something shows them.
    private static AdapterSettings ReadSettings(IDiscoveryContext? context, IMessageLogger handle, out AdapterLog log)
    {
        var settings = Settings(context);
        log = new AdapterLog(handle, settings.ShowsInformation);
        foreach (var error in settings.Errors)
            log.Error(error);
        foreach (var warning in settings.Warnings)
            log.Warning(warning);
        return settings;
    }

    private static AdapterSettings Settings(IDiscoveryContext? context)
    {
        var settings = RunSettingsReader.Read(context?.RunSettings?.SettingsXml, (context as PlatformRunContext)?.Settings);
        // Microsoft.Testing.Platform shows the running tests in its terminal output and in IDEs, and keeps informational
        // messages in its diagnostic log; in its process neither costs a trip to another one.
        return context is PlatformRunContext ? settings with { ReportTestStarts = true, ShowsInformation = true } : settings;
    }

    private static void RunSource(
        DiscoveredSource source, IReadOnlyList<DiscoveredTest> selection, IFrameworkHandle handle, AdapterSettings settings, AdapterLog log, CancellationTokenSource cancellation)
    {
        try
        {
            SourceTestRunner.Run(source, selection, handle, settings.ReportTestStarts, cancellation);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in the engine or the adapter: say so, and go on with the next source.
            log.Error($"Running the agent tests of {source.Source} failed: {ex}");
        }
        finally
        {
            source.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private CancellationTokenSource BeginRun()
    {
        var cancellation = new CancellationTokenSource();
        Volatile.Write(ref _cancellation, cancellation);
        return cancellation;
    }

    private void EndRun(CancellationTokenSource cancellation) => Interlocked.CompareExchange(ref _cancellation, null, cancellation);
}
