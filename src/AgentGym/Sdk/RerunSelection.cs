using System.Globalization;
using AgentGym.Results;

namespace AgentGym.Sdk;

/// <summary>
/// What a re-run runs, by one rule for every front end: the tests whose result in the last recorded run of the same test
/// assembly on this machine failed (or ended in an error). The run session applies it to what it discovered; the command
/// line reads it to say what it will re-run.
/// </summary>
public sealed record RerunSelection
{
    /// <summary>How many recent runs are looked through for the last one that holds results.</summary>
    private const int RunsLookedAt = 50;

    /// <summary>Gets which results are selected.</summary>
    public required RerunMode Mode { get; init; }

    /// <summary>Gets the test assembly the run is of, or <see langword="null"/> for any.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the run looked at: the last run with results, or <see langword="null"/> when none is recorded.</summary>
    public StoredRun? Run { get; init; }

    /// <summary>Gets the results of <see cref="Run"/> that the mode selects, in the order they were recorded.</summary>
    public IReadOnlyList<StoredTestRun> Tests { get; init; } = [];

    /// <summary>Gets the statuses a mode selects.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The failure statuses for <see cref="RerunMode.Failed"/>; <see cref="AgentTestStatus.Error"/> for <see cref="RerunMode.Errored"/>.</returns>
    public static IReadOnlyList<AgentTestStatus> StatusesOf(RerunMode mode) =>
        mode == RerunMode.Errored ? [AgentTestStatus.Error] : Outcomes.FailureStatuses;

    /// <summary>Finds the last recorded run of a test assembly on a machine, and its results that the mode selects.</summary>
    /// <param name="store">The results store.</param>
    /// <param name="mode">Which results to select.</param>
    /// <param name="source">The test assembly's file name, as runs record it; <see langword="null"/> for the last run of any.</param>
    /// <param name="machine">The machine; <see langword="null"/> for this one.</param>
    /// <returns>The selection; its <see cref="Run"/> is <see langword="null"/> when no run with results is recorded.</returns>
    /// <exception cref="ResultStoreException">The store cannot be read.</exception>
    public static RerunSelection Find(IResultStore store, RerunMode mode, string? source, string? machine = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var runs = store.ListRuns(new RunQuery { Kind = RunKinds.Test, Source = source, Machine = machine ?? Environment.MachineName, Limit = RunsLookedAt });
        // A run that recorded nothing (killed at once, or all of it filtered out) says nothing about what failed.
        if (runs.FirstOrDefault(r => r.Total > 0) is not { } last)
            return new RerunSelection { Mode = mode, Source = source };
        var statuses = StatusesOf(mode);
        var tests = store.GetTestRuns(last.Id).Where(t => statuses.Contains(t.Status)).ToList();
        return new RerunSelection { Mode = mode, Source = source, Run = last, Tests = tests };
    }

    /// <summary>Finds, for each test assembly recorded on a machine recently, its last run with results and what the mode selects in it.</summary>
    /// <param name="store">The results store.</param>
    /// <param name="mode">Which results to select.</param>
    /// <param name="machine">The machine; <see langword="null"/> for this one.</param>
    /// <returns>One selection per test assembly, the most recent first; empty when no run with results is recorded.</returns>
    /// <exception cref="ResultStoreException">The store cannot be read.</exception>
    public static IReadOnlyList<RerunSelection> FindEach(IResultStore store, RerunMode mode, string? machine = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var runs = store.ListRuns(new RunQuery { Kind = RunKinds.Test, Machine = machine ?? Environment.MachineName, Limit = RunsLookedAt });
        return [.. runs.Where(r => r.Total > 0).Select(r => r.Info.Source).Distinct(StringComparer.Ordinal).Select(source => Find(store, mode, source, machine))];
    }

    /// <summary>Gets whether a test is selected.</summary>
    /// <param name="testId">The test's id (<see cref="RunItem.Id"/>, as the store keeps it).</param>
    /// <returns><see langword="true"/> when its result in <see cref="Run"/> is selected.</returns>
    public bool Selects(string testId) => Tests.Any(t => string.Equals(t.TestId, testId, StringComparison.Ordinal));

    /// <summary>Says what the mode selects, in words: <c>failed</c> or <c>ended in an error</c>.</summary>
    public string What => Mode == RerunMode.Errored ? "ended in an error" : "failed";

    /// <summary>Describes the run looked at: <c>run 12 of Support.Tests.dll (started 2026-05-01 10:00:00Z, branch main)</c>.</summary>
    public string DescribeRun() => Run is not { } run ? "no run"
        : string.Create(CultureInfo.InvariantCulture,
            $"run {run.Id} of {run.Info.Source ?? "an unnamed source"} (started {run.Info.StartedAt.UtcDateTime:u}{(run.Info.Branch is { } branch ? $", branch {branch}" : string.Empty)}{(run.CompletedAt is null ? ", never finished" : string.Empty)})");

    /// <summary>Says what a re-run will run, or why it runs nothing.</summary>
    /// <param name="storeLocation">Where the store is, for the message.</param>
    /// <returns>The message.</returns>
    public string Describe(string storeLocation)
    {
        ArgumentNullException.ThrowIfNull(storeLocation);
        var of = Source is null ? string.Empty : $" of {Source}";
        if (Run is null)
            return $"Nothing to re-run: no run{of} on {Environment.MachineName} is recorded in {storeLocation}. Run the tests once first.";
        if (Tests.Count == 0)
            return $"Nothing to re-run: no test {What} in {DescribeRun()}, the last recorded run{of}.";
        var names = string.Join(", ", Tests.Take(10).Select(t => t.DisplayName)) + (Tests.Count > 10 ? string.Create(CultureInfo.InvariantCulture, $" and {Tests.Count - 10} more") : string.Empty);
        return string.Create(CultureInfo.InvariantCulture, $"Re-running the {Tests.Count} test(s) that {What} in {DescribeRun()}: {names}.");
    }

    // Every way a re-run cannot read the store is said, and runs nothing rather than everything.
    internal static List<RunItem> Apply(List<RunItem> chosen, RerunMode mode, string? connection, string? source, string sourceName, IRunLog log)
    {
        var option = $"Rerun={mode.ToString().ToLowerInvariant()}";
        if (connection is null)
        {
            log.Warning($"{sourceName}: {option} re-runs what the results store recorded, but the results store is off (Store=off); no test runs.");
            return [];
        }
        if (!ResultStores.IsPostgreSql(connection) && !File.Exists(connection))
        {
            log.Warning($"{sourceName}: nothing to re-run ({option}): there is no results store at {connection} yet. Run the tests once first.");
            return [];
        }

        RerunSelection selection;
        string location;
        try
        {
            using var store = ResultStores.Open(connection);
            location = store.Location;
            selection = Find(store, mode, source);
        }
        catch (ResultStoreException ex)
        {
            log.Error($"{sourceName}: {option} cannot read the results store, so no test runs: {ex.Message}");
            return [];
        }

        var selected = chosen.Where(i => i.Kind == RunItemKind.Test && selection.Selects(i.Test?.Id ?? i.Id)).ToList();
        var found = selected.Select(i => i.Test?.Id ?? i.Id).ToHashSet(StringComparer.Ordinal);
        var gone = selection.Tests.Where(t => !found.Contains(t.TestId)).Select(t => t.DisplayName).ToList();
        var goneNote = gone.Count == 0 ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" {gone.Count} of them {(gone.Count == 1 ? "is" : "are")} not among the tests selected now (renamed, removed or filtered out): {string.Join(", ", gone.Take(10))}.");
        log.Warning($"{sourceName}: {selection.Describe(location)}{goneNote}");
        return selected;
    }
}
