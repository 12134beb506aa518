using AgentGym.Configuration;
using AgentGym.Execution;
using AgentGym.Hosting;
using AgentGym.Reporting;
using AgentGym.Storage;
using AgentGym.TestAdapter.Discovery;
using AgentGym.TestAdapter.Logging;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;

namespace AgentGym.TestAdapter.Execution;

/// <summary>Runs a selection of one test assembly's agent tests through the engine, reporting each to the test platform.</summary>
internal static class SourceTestRunner
{
    /// <summary>Runs the tests (the assembly's startup class once, then the engine over the selection), then the selected benchmarks.</summary>
    /// <param name="source">The loaded test assembly.</param>
    /// <param name="selection">The tests to run, each with the test case to report it on.</param>
    /// <param name="options">The options read from runsettings; the startup class may change them.</param>
    /// <param name="handle">The platform's handle.</param>
    /// <param name="log">The run-level log.</param>
    /// <param name="cancellation">Stops the run; also cancelled when the platform refuses a record after a cancel.</param>
    public static void Run(DiscoveredSource source, IReadOnlyList<DiscoveredTest> selection, AgentGymOptions options, IFrameworkHandle handle, AdapterLog log, CancellationTokenSource cancellation)
    {
        if (options.Shard is { } shard)
        {
            // Every machine of a CI matrix computes the same split from the test ids; the others' tests are not reported here.
            var inShard = selection.Where(t => shard.Includes(t.Definition.Id)).ToList();
            log.Info($"{Path.GetFileName(source.Source)}: shard {shard} runs {inShard.Count} of {selection.Count} tests.");
            selection = inShard;
        }
        var tests = selection.Where(t => t.BenchmarkClass is null).ToList();
        if (tests.Count > 0 && !cancellation.IsCancellationRequested)
            RunTests(source, tests, options, handle, log, cancellation);
        var benchmarks = selection.Where(t => t.BenchmarkClass is not null).ToList();
        if (benchmarks.Count > 0 && !cancellation.IsCancellationRequested)
            BenchmarkTestRunner.Run(source, benchmarks, options, handle, cancellation);
    }

    private static void RunTests(DiscoveredSource source, IReadOnlyList<DiscoveredTest> selection, AgentGymOptions options, IFrameworkHandle handle, AdapterLog log, CancellationTokenSource cancellation)
    {

        var runtime = AgentGymRuntime.Create(source.Assembly, options);
        try
        {
            if (runtime.StartupError is { } startupError)
                log.Warning($"{Path.GetFileName(source.Source)}: {startupError} Every agent test of this assembly reports it.");
            var listener = new FrameworkHandleListener(handle, selection, runtime.Options.Verbosity, cancellation);
            // Each result is recorded in the results store as it completes, then reported; a store error is a run warning.
            using var recording = RunRecording.StartTests(listener, runtime.Options, source.Source, log.Warning, runtime.Services);
            var engine = new AgentTestEngine(runtime);
            // The test platform calls RunTests on a thread of its own and expects it to return when the run is done.
            var results = engine.RunAsync(selection.Select(t => t.Definition), (IAgentTestRunListener?)recording ?? listener, cancellation.Token).GetAwaiter().GetResult();
            // Security probe cases end with what each agent resisted, by OWASP category; a probe an agent fell for is a warning.
            var security = SecuritySummary.From(results);
            if (security.AnyNotResisted)
                log.Warning(security.ToText());
            else if (!security.IsEmpty)
                log.Info(security.ToText());
        }
        finally
        {
            runtime.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
