namespace AgentGym.Sdk;

/// <summary>A recorded run with its totals.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="Info">What the run is and where it ran.</param>
/// <param name="CompletedAt">When it ended, or <see langword="null"/> when it never reported its end (killed, or running).</param>
/// <param name="Passed">How many tests passed.</param>
/// <param name="Failed">How many failed, timed out or ended in an error, or were running when their test host died.</param>
/// <param name="Skipped">How many were skipped or cancelled.</param>
/// <param name="Flaky">How many are marked flaky.</param>
public sealed record StoredRun(long Id, RunInfo Info, DateTimeOffset? CompletedAt, int Passed, int Failed, int Skipped, int Flaky)
{
    /// <summary>Gets how many test results the run holds.</summary>
    public int Total => Passed + Failed + Skipped;
}
