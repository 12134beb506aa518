using AgentGym.Results;

namespace AgentGym.Sdk;

/// <summary>One test in two runs: its result in each (when it ran) and what changed.</summary>
/// <param name="TestId">The test's stable id, by which the runs are matched.</param>
/// <param name="Before">Its result in the earlier run, or <see langword="null"/> when it did not run there.</param>
/// <param name="After">Its result in the later run, or <see langword="null"/> when it did not run there.</param>
public sealed record TestComparison(string TestId, StoredTestRun? Before, StoredTestRun? After)
{
    /// <summary>Gets the test's display name, from the later run when it ran there.</summary>
    public string DisplayName => (After ?? Before)?.DisplayName ?? TestId;

    /// <summary>Gets what changed.</summary>
    public TestChange Change => ChangeOf(Before?.Status, After?.Status);

    /// <summary>Gets the change of total tokens, such as <c>+50%</c> (see <see cref="ChangeText.Percent"/>), or <see langword="null"/> when the test is not in both runs.</summary>
    public string? TokensChange => Before is null || After is null ? null : ChangeText.Percent(Before.TotalTokens, After.TotalTokens);

    /// <summary>Gets the change of duration, such as <c>-12.5%</c>, or <see langword="null"/> when the test is not in both runs.</summary>
    public string? DurationChange => Before is null || After is null ? null : ChangeText.Percent(Before.DurationMs, After.DurationMs);

    /// <summary>The rule: what changed between two statuses of a test, failures by <see cref="Outcomes.IsFailure"/>.</summary>
    /// <param name="before">The earlier status, or <see langword="null"/> when the test did not run.</param>
    /// <param name="after">The later status, or <see langword="null"/> when the test did not run.</param>
    /// <returns>The change.</returns>
    public static TestChange ChangeOf(AgentTestStatus? before, AgentTestStatus? after) => (before, after) switch
    {
        (null, _) => TestChange.New,
        (_, null) => TestChange.Gone,
        ({ } b, { } a) when !Outcomes.IsFailure(b) && Outcomes.IsFailure(a) => TestChange.NowFailing,
        ({ } b, { } a) when Outcomes.IsFailure(b) && a == AgentTestStatus.Passed => TestChange.NowPassing,
        ({ } b, { } a) when b != a => TestChange.StatusChanged,
        _ => TestChange.Unchanged,
    };
}
