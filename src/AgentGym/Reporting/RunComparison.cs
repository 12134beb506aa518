using System.Globalization;

namespace AgentGym.Sdk;

/// <summary>
/// Two recorded runs test by test: which tests are now failing, now passing, new or gone, and how their tokens and duration
/// changed. <c>agentgym compare</c>, the server's compare route and the dashboard all show this one comparison.
/// </summary>
/// <param name="Before">The earlier run.</param>
/// <param name="After">The later run.</param>
/// <param name="Tests">Every test of either run: changes first (now failing, now passing, status changed, new, gone), then the unchanged, each by name.</param>
public sealed record RunComparison(StoredRun Before, StoredRun After, IReadOnlyList<TestComparison> Tests)
{
    /// <summary>Gets how many tests are now failing.</summary>
    public int NowFailing => Count(TestChange.NowFailing);

    /// <summary>Gets how many tests are now passing.</summary>
    public int NowPassing => Count(TestChange.NowPassing);

    /// <summary>Gets how many tests ran in the later run only.</summary>
    public int New => Count(TestChange.New);

    /// <summary>Gets how many tests ran in the earlier run only.</summary>
    public int Gone => Count(TestChange.Gone);

    /// <summary>Gets the comparison in one sentence: <c>2 tests in run 12, 3 in run 13: 1 now failing, 0 now passing, 1 new, 0 gone.</c></summary>
    public string Summary
    {
        get
        {
            var before = Tests.Count(t => t.Before is not null);
            var after = Tests.Count(t => t.After is not null);
            return string.Create(CultureInfo.InvariantCulture,
                $"{before} test{(before == 1 ? string.Empty : "s")} in run {Before.Id}, {after} in run {After.Id}: {NowFailing} now failing, {NowPassing} now passing, {New} new, {Gone} gone.");
        }
    }

    /// <summary>Compares two runs' results, matching tests by their id; a test recorded twice in a run counts by its last result.</summary>
    /// <param name="before">The earlier run.</param>
    /// <param name="beforeResults">Its results.</param>
    /// <param name="after">The later run.</param>
    /// <param name="afterResults">Its results.</param>
    /// <returns>The comparison.</returns>
    public static RunComparison Of(StoredRun before, IEnumerable<StoredTestRun> beforeResults, StoredRun after, IEnumerable<StoredTestRun> afterResults)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(beforeResults);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(afterResults);
        var earlier = Last(beforeResults);
        var later = Last(afterResults);
        var tests = earlier.Keys.Union(later.Keys, StringComparer.Ordinal)
            .Select(id => new TestComparison(id, earlier.GetValueOrDefault(id), later.GetValueOrDefault(id)))
            .OrderBy(t => t.Change).ThenBy(t => t.DisplayName, StringComparer.Ordinal).ThenBy(t => t.TestId, StringComparer.Ordinal)
            .ToList();
        return new RunComparison(before, after, tests);
    }

    /// <summary>Reads two runs from a store and compares them.</summary>
    /// <param name="store">The results store.</param>
    /// <param name="beforeRunId">The earlier run's id.</param>
    /// <param name="afterRunId">The later run's id.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ResultStoreException">The store has no run of one of the ids.</exception>
    public static RunComparison Read(IResultStore store, long beforeRunId, long afterRunId)
    {
        ArgumentNullException.ThrowIfNull(store);
        var before = store.GetRun(beforeRunId) ?? throw RunReport.NoSuchRun(store, beforeRunId);
        var after = store.GetRun(afterRunId) ?? throw RunReport.NoSuchRun(store, afterRunId);
        return Of(before, store.GetTestRuns(beforeRunId), after, store.GetTestRuns(afterRunId));
    }

    private int Count(TestChange change) => Tests.Count(t => t.Change == change);

    private static Dictionary<string, StoredTestRun> Last(IEnumerable<StoredTestRun> results) =>
        results.GroupBy(r => r.TestId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
}
