using AgentGym.Sdk;
using AgentGym.TestAdapter.Discovery;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;

namespace AgentGym.TestAdapter.Execution;

/// <summary>Runs a selection of one test assembly's items through its run session, reporting each to the test platform.</summary>
internal static class SourceTestRunner
{
    /// <summary>Runs the selection (the session keeps this machine's shard): the agent tests, then the benchmarks.</summary>
    /// <param name="source">The loaded test assembly with its session.</param>
    /// <param name="selection">The items the platform's filter or selection chose, each with the test case to report it on.</param>
    /// <param name="handle">The platform's handle.</param>
    /// <param name="reportTestStarts">Whether the platform is told as each test starts (see <see cref="Configuration.AdapterSettings.ReportTestStarts"/>).</param>
    /// <param name="cancellation">Stops the run; also cancelled when the platform refuses a record after a cancel.</param>
    public static void Run(DiscoveredSource source, IReadOnlyList<DiscoveredTest> selection, IFrameworkHandle handle, bool reportTestStarts, CancellationTokenSource cancellation)
    {
        var byItem = selection.ToDictionary<DiscoveredTest, RunItem, DiscoveredTest>(t => t.Item, t => t, ReferenceEqualityComparer.Instance);
        var chosen = source.Session.Select(selection.Select(t => t.Item)).Select(i => byItem[i]).ToList();
        var tests = chosen.Where(t => t.Item.Kind == RunItemKind.Test).ToList();
        if (tests.Count > 0 && !cancellation.IsCancellationRequested)
        {
            var listener = new FrameworkHandleListener(handle, tests, source.Session.Runtime.Options.Verbosity, reportTestStarts, cancellation);
            // The test platform calls RunTests on a thread of its own and expects it to return when the run is done.
            // The session ends the run with its run-level messages, such as the security probes' summary.
            source.Session.RunTestsAsync(tests.Select(t => t.Item), listener, cancellation.Token).GetAwaiter().GetResult();
        }

        var benchmarks = chosen.Where(t => t.Item.Kind == RunItemKind.Benchmark).ToList();
        if (benchmarks.Count > 0 && !cancellation.IsCancellationRequested)
            BenchmarkTestRunner.Run(source, benchmarks, handle, cancellation);
    }
}
