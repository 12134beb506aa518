using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Server.Runs;

/// <summary>
/// The status of a run of several test cases (a test with security probes), by the engine's outcome rules: the first failure
/// status when a case failed, else passed when a case passed, else the first case's status (skipped or cancelled).
/// </summary>
internal static class RunStatus
{
    public static string Of(IReadOnlyList<AgentTestRun> runs)
    {
        if (runs.Count == 0)
            return RunRequestStatus.Cancelled;
        var status = runs.FirstOrDefault(r => Outcomes.IsFailure(r.Status))?.Status
            ?? (runs.Any(r => r.Status == AgentTestStatus.Passed) ? AgentTestStatus.Passed : runs[0].Status);
        return RunRequestStatus.Of(status);
    }
}
