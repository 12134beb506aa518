using System.Globalization;
using AgentGym.Reporting;

namespace AgentGym.Sdk;

/// <summary>What a test run report holds: one or more recorded runs (the shards of one CI job, merged) and their results.</summary>
/// <param name="Runs">The runs, oldest first.</param>
/// <param name="Tests">Their test results, run by run.</param>
public sealed record RunReport(IReadOnlyList<StoredRun> Runs, IReadOnlyList<StoredTestRun> Tests)
{
    /// <summary>Gets how many results passed.</summary>
    public int Passed => Tests.Count(t => t.Status == Results.AgentTestStatus.Passed);

    /// <summary>
    /// Gets how many results are failures (failed, timed out, error) or tests that were running when their test host died, by
    /// <see cref="Outcomes.IsRecordedFailure"/>.
    /// </summary>
    public int Failed => Tests.Count(t => Outcomes.IsRecordedFailure(t.Status));

    /// <summary>Gets what each agent resisted of the security probes among the results, by OWASP category; empty without probe cases.</summary>
    public SecuritySummary Security => SecuritySummary.FromStored(Tests);

    /// <summary>Gets how many results are neither: skipped or cancelled.</summary>
    public int Skipped => Tests.Count - Passed - Failed;

    /// <summary>Gets how many results are marked flaky (their outcome changed across recent runs of the same commit).</summary>
    public int Flaky => Tests.Count(t => t.IsFlaky);

    /// <summary>Reads a report from a store: the named runs, then every run of <paramref name="group"/>, merged.</summary>
    /// <param name="store">The results store.</param>
    /// <param name="runIds">The runs' ids.</param>
    /// <param name="group">A run group (<c>AGENTGYM_RUN_GROUP</c>, such as the shards of one CI job), or <see langword="null"/>.</param>
    /// <returns>The report; it has no runs when none were named and the group has none.</returns>
    /// <exception cref="ResultStoreException">The store has no run of one of the ids.</exception>
    public static RunReport Read(IResultStore store, IEnumerable<long> runIds, string? group = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(runIds);
        var runs = runIds.Select(id => store.GetRun(id) ?? throw NoSuchRun(store, id)).ToList();
        if (group is not null)
            runs.AddRange(store.ListRuns(new RunQuery { Group = group, Limit = 10_000 }).Reverse());
        return new RunReport(runs, [.. runs.SelectMany(r => store.GetTestRuns(r.Id))]);
    }

    /// <summary>Gets the error of a run id the store does not hold, naming the store.</summary>
    /// <param name="store">The store.</param>
    /// <param name="runId">The id.</param>
    /// <returns>The exception to throw.</returns>
    internal static ResultStoreException NoSuchRun(IResultStore store, long runId) =>
        new($"The AgentGym results store {store.Location} has no run {runId.ToString(CultureInfo.InvariantCulture)}.");
}
