using AgentGym.Results;

namespace AgentGym.Sdk;

/// <summary>How every report and console shows a test's status: its word, and whether it is marked as passed or failed.</summary>
public static class StatusText
{
    /// <summary>Gets the word a report shows for a status: <c>Passed</c>, <c>Failed</c>, <c>Timeout</c>, <c>Error</c>, <c>Skipped</c>, <c>Cancelled</c>, <c>Running at crash</c>...</summary>
    /// <param name="status">The status.</param>
    /// <returns>The word.</returns>
    public static string Of(AgentTestStatus status) =>
        // A recorded result is still running only when its test host died while it ran (CrashedRuns).
        status == AgentTestStatus.Running ? "Running at crash" : status.ToString();

    /// <summary>Gets how a status is marked (green, red or grey): a failure is what <see cref="Outcomes.IsRecordedFailure"/> says.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The tone.</returns>
    public static StatusTone Tone(AgentTestStatus status) =>
        status == AgentTestStatus.Passed ? StatusTone.Passed : Outcomes.IsRecordedFailure(status) ? StatusTone.Failed : StatusTone.Neutral;
}
