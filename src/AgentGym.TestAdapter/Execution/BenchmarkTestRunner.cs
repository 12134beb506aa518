using AgentGym.Benchmarks.Configs;
using AgentGym.Benchmarks.Running;
using AgentGym.Sdk;
using AgentGym.TestAdapter.Discovery;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;

namespace AgentGym.TestAdapter.Execution;

/// <summary>
/// Runs agent benchmark classes through the benchmark runner and reports each as one test: the summary table in its output,
/// the report files as its attachments. A benchmark passes when it ran; its agents' failures are figures, not test failures.
/// </summary>
internal static class BenchmarkTestRunner
{
    /// <summary>The folder, under the test assembly's, that the reports are written to.</summary>
    public const string ArtifactsFolder = "AgentGymArtifacts/results";

    /// <summary>Runs the benchmarks one after another.</summary>
    /// <param name="source">The loaded test assembly with its session, whose startup class and store the benchmarks share with the tests.</param>
    /// <param name="benchmarks">The selected benchmarks.</param>
    /// <param name="handle">The platform's handle.</param>
    /// <param name="cancellation">Stops the run; a cancelled benchmark still reports what ran.</param>
    public static void Run(DiscoveredSource source, IReadOnlyList<DiscoveredTest> benchmarks, IFrameworkHandle handle, CancellationTokenSource cancellation)
    {
        var config = AgentBenchmarkConfig.Default
            .WithOptions(source.Session.Options)
            .WithOutput(null)
            .WithArtifactsPath(Path.Combine(Path.GetDirectoryName(source.Source) ?? ".", ArtifactsFolder));
        foreach (var benchmark in benchmarks)
        {
            if (cancellation.IsCancellationRequested || !Record(cancellation, () => handle.RecordStart(benchmark.TestCase)))
                return;
            var result = new TestResult(benchmark.TestCase) { StartTime = DateTimeOffset.UtcNow, ComputerName = Environment.MachineName };
            try
            {
                var run = AgentBenchmarkRunner.RunAsync(source.Session, benchmark.Item.BenchmarkClass!, config, cancellation.Token).GetAwaiter().GetResult();
                result.Outcome = run.WasCancelled ? TestOutcome.None : TestOutcome.Passed;
                result.Messages.Add(new TestResultMessage(TestResultMessage.StandardOutCategory, SummaryText.Render(run)));
                var reports = new AttachmentSet(AgentGymTestAdapter.ExecutorUri, "AgentGym benchmark reports");
                foreach (var path in run.Artifacts)
                    reports.Attachments.Add(new UriDataAttachment(new Uri(path), Path.GetFileName(path)));
                result.Attachments.Add(reports);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                result.Outcome = TestOutcome.Failed;
                result.ErrorMessage = $"[AgentGym] The benchmark could not run: {ex.Message}";
                result.ErrorStackTrace = ex is AgentBenchmarkDefinitionException ? null : ex.StackTrace;
            }

            result.EndTime = DateTimeOffset.UtcNow;
            result.Duration = result.EndTime - result.StartTime;
            Record(cancellation, () =>
            {
                handle.RecordResult(result);
                handle.RecordEnd(benchmark.TestCase, result.Outcome);
            });
        }
    }

    private static bool Record(CancellationTokenSource cancellation, Action record)
    {
        try
        {
            record();
            return true;
        }
        catch (TestCanceledException)
        {
            _ = cancellation.CancelAsync();
            return false;
        }
    }
}
