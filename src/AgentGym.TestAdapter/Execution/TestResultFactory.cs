using AgentGym.Configuration;
using AgentGym.Results;
using AgentGym.Sdk;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.Execution;

/// <summary>
/// Turns an agent test's result into the test platform's: outcome, failure message and stack, times, and the metrics and
/// every validator's verdict as standard output, which Test Explorer and TRX show under the test.
/// </summary>
internal static class TestResultFactory
{
    // Read once: on Linux every read of Environment.MachineName asks the kernel again.
    private static readonly string MachineName = Environment.MachineName;

    /// <summary>Creates the test platform's result.</summary>
    /// <param name="testCase">The test case that ran.</param>
    /// <param name="run">The engine's result.</param>
    /// <param name="verbosity">How much of the details to show.</param>
    /// <returns>The result.</returns>
    public static TestResult Create(TestCase testCase, AgentTestRun run, OutputVerbosity verbosity)
    {
        var outcome = Outcome(run.Status);
        var result = new TestResult(testCase)
        {
            Outcome = outcome,
            DisplayName = testCase.DisplayName,
            StartTime = run.StartedAt,
            EndTime = run.CompletedAt,
            Duration = run.Duration > TimeSpan.Zero ? run.Duration : TimeSpan.Zero,
            ComputerName = MachineName,
            ErrorMessage = outcome == TestOutcome.Skipped ? run.SkipReason : AgentTestRunText.FailureMessage(run),
            ErrorStackTrace = outcome is TestOutcome.Passed or TestOutcome.Skipped ? null : run.Error?.StackTrace,
        };

        var details = AgentTestRunText.Details(run, verbosity);
        if (details.Length > 0)
            result.Messages.Add(new TestResultMessage(TestResultMessage.StandardOutCategory, details));
        return result;
    }

    /// <summary>Maps an engine status to a test platform outcome.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Passed; Failed for a failure, timeout or error; Skipped; None for a cancelled test.</returns>
    public static TestOutcome Outcome(AgentTestStatus status) => status switch
    {
        AgentTestStatus.Passed => TestOutcome.Passed,
        _ when Outcomes.IsFailure(status) => TestOutcome.Failed,
        AgentTestStatus.Skipped => TestOutcome.Skipped,
        _ => TestOutcome.None,
    };
}
