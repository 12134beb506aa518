using AgentGym.Results;

namespace AgentGym.Sdk;

/// <summary>
/// The rules about how tests ended, in one place: which statuses are failures, which count as a verdict, and the exit code of
/// a run. Front end outcomes, report counts, the store's queries and exit codes all read them here.
/// </summary>
public static class Outcomes
{
    /// <summary>Gets the statuses that fail a run: <see cref="AgentTestStatus.Failed"/>, <see cref="AgentTestStatus.Timeout"/> and <see cref="AgentTestStatus.Error"/>.</summary>
    public static IReadOnlyList<AgentTestStatus> FailureStatuses { get; } = [AgentTestStatus.Failed, AgentTestStatus.Timeout, AgentTestStatus.Error];

    /// <summary>Gets the statuses that are a verdict on the agent: passed, or one of <see cref="FailureStatuses"/>. Skipped and cancelled tests are none.</summary>
    public static IReadOnlyList<AgentTestStatus> VerdictStatuses { get; } = [AgentTestStatus.Passed, .. FailureStatuses];

    /// <summary>
    /// Gets the statuses that count as failed among recorded results: <see cref="FailureStatuses"/>, and
    /// <see cref="AgentTestStatus.Running"/>, which a recorded result has only when its test host died while it ran (see
    /// <see cref="CrashedRuns"/>).
    /// </summary>
    public static IReadOnlyList<AgentTestStatus> RecordedFailureStatuses { get; } = [.. FailureStatuses, AgentTestStatus.Running];

    /// <summary>Gets whether a recorded result counts as failed: a failure, or a test that was running when its test host died.</summary>
    /// <param name="status">The recorded status.</param>
    /// <returns><see langword="true"/> for failed, timed out, error and running.</returns>
    public static bool IsRecordedFailure(AgentTestStatus status) => IsFailure(status) || status == AgentTestStatus.Running;

    /// <summary>Gets whether a status fails the run.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for failed, timed out and error.</returns>
    public static bool IsFailure(AgentTestStatus status) => status is AgentTestStatus.Failed or AgentTestStatus.Timeout or AgentTestStatus.Error;

    /// <summary>Gets whether a status is a verdict: passed or a failure.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="false"/> for skipped, cancelled, pending and running.</returns>
    public static bool IsVerdict(AgentTestStatus status) => status == AgentTestStatus.Passed || IsFailure(status);

    /// <summary>Gets the exit code of a run: 1 when a test failed, else 0.</summary>
    /// <param name="statuses">The statuses of the run's tests.</param>
    /// <returns>0 or 1.</returns>
    public static int ExitCode(IEnumerable<AgentTestStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        return statuses.Any(IsFailure) ? 1 : 0;
    }

    /// <summary>
    /// Gets the status of a run of several test cases (a test with its security probes, a run requested over the API): the first
    /// failure status when a case failed, else passed when a case passed, else the first case's status (skipped or cancelled).
    /// </summary>
    /// <param name="statuses">The statuses of the cases, in order.</param>
    /// <returns>The run's status; <see cref="AgentTestStatus.Cancelled"/> when no case ran.</returns>
    public static AgentTestStatus Overall(IEnumerable<AgentTestStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var list = statuses as IReadOnlyList<AgentTestStatus> ?? [.. statuses];
        if (list.Count == 0)
            return AgentTestStatus.Cancelled;
        foreach (var status in list)
        {
            if (IsFailure(status))
                return status;
        }

        return list.Contains(AgentTestStatus.Passed) ? AgentTestStatus.Passed : list[0];
    }

    /// <summary>Writes statuses as an SQL list, <c>('Failed', 'Timeout', 'Error')</c>, for stores that keep the status as its name.</summary>
    /// <param name="statuses">The statuses.</param>
    /// <returns>The list in parentheses.</returns>
    public static string SqlList(IEnumerable<AgentTestStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        return "(" + string.Join(", ", statuses.Select(s => $"'{s}'")) + ")";
    }
}
