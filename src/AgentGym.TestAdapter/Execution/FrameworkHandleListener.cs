using AgentGym.Configuration;
using AgentGym.Definitions;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.TestAdapter.Discovery;
using AgentGym.TestAdapter.Logging;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;

namespace AgentGym.TestAdapter.Execution;

/// <summary>
/// Tells the test platform about each agent test as the engine starts and ends it: start (when something reads it: an IDE,
/// data collectors such as blame), result and end. The engine calls it from several threads; calls to the platform are serialized.
/// When the platform says the run was cancelled, the listener stops the engine; a test that the engine begins after the
/// cancel (it ends at once, without an attempt) is not reported, as tests that never started are not.
/// </summary>
internal sealed class FrameworkHandleListener : IAgentTestRunListener
{
    private readonly IFrameworkHandle _handle;
    private readonly AdapterLog _log;
    private readonly Dictionary<AgentTestDefinition, TestCase> _testCases;
    private readonly OutputVerbosity _verbosity;
    private readonly bool _reportStarts;
    private readonly CancellationTokenSource _cancellation;
    private readonly Lock _gate = new();
    private readonly HashSet<AgentTestDefinition> _unreported = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a listener for a selection of tests.</summary>
    /// <param name="handle">The platform's handle.</param>
    /// <param name="tests">The tests that will run, each with the test case to report it on.</param>
    /// <param name="verbosity">How much of each result's details to show.</param>
    /// <param name="reportStarts">Whether to tell the platform as each test starts (<c>RecordStart</c>).</param>
    /// <param name="cancellation">Cancelled when the platform refuses a record because the run was cancelled.</param>
    public FrameworkHandleListener(IFrameworkHandle handle, IEnumerable<DiscoveredTest> tests, OutputVerbosity verbosity, bool reportStarts, CancellationTokenSource cancellation)
    {
        _handle = handle;
        _log = new AdapterLog(handle);
        _testCases = tests.ToDictionary<DiscoveredTest, AgentTestDefinition, TestCase>(t => t.Item.Test!, t => t.TestCase, ReferenceEqualityComparer.Instance);
        _verbosity = verbosity;
        _reportStarts = reportStarts;
        _cancellation = cancellation;
    }

    /// <inheritdoc />
    public void OnTestStarted(AgentTestDefinition test)
    {
        var testCase = _testCases[test];
        if (_cancellation.IsCancellationRequested)
        {
            lock (_gate)
                _unreported.Add(test);
            return;
        }

        if (_reportStarts)
            Record(() => _handle.RecordStart(testCase));
    }

    /// <inheritdoc />
    public void OnTestCompleted(AgentTestRun run)
    {
        var testCase = _testCases[run.Test];
        lock (_gate)
        {
            if (_unreported.Contains(run.Test))
                return;
        }

        var result = TestResultFactory.Create(testCase, run, _verbosity);
        Record(() =>
        {
            _handle.RecordResult(result);
            _handle.RecordEnd(testCase, result.Outcome);
            // dotnet test prints a skipped test's reason only at a detailed verbosity; a run-level message shows it always.
            if (result.Outcome == TestOutcome.Skipped && !string.IsNullOrWhiteSpace(run.SkipReason))
                _log.Warning($"Skipped {testCase.DisplayName}: {run.SkipReason}");
        });
    }

    private void Record(Action record)
    {
        var cancelled = false;
        lock (_gate)
        {
            try
            {
                record();
            }
            catch (TestCanceledException)
            {
                cancelled = true;
            }
        }

        // Outside the lock: cancelling wakes the engine, whose continuations may call back here.
        if (cancelled && !_cancellation.IsCancellationRequested)
            _ = _cancellation.CancelAsync();
    }
}
