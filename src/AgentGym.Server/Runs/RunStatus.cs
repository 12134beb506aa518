using AgentGym.Results;
using AgentGym.Storage;

namespace AgentGym.Server.Runs;

/// <summary>The status of a run of several test cases (a test with security probes): the worst of its results.</summary>
internal static class RunStatus
{
    private static readonly AgentTestStatus[] Severity =
        [AgentTestStatus.Error, AgentTestStatus.Timeout, AgentTestStatus.Failed, AgentTestStatus.Cancelled, AgentTestStatus.Passed, AgentTestStatus.Skipped];

    public static string Of(IReadOnlyList<AgentTestRun> runs)
    {
        if (runs.Count == 0)
            return RunRequestStatus.Cancelled;
        var worst = runs.Select(r => r.Status).OrderBy(s => Array.IndexOf(Severity, s) is var i and >= 0 ? i : int.MaxValue).First();
        return RunRequestStatus.Of(worst);
    }
}
