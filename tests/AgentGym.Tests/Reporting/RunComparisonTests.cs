using AgentGym.Results;
using AgentGym.Sdk;
using static AgentGym.Tests.Reporting.StoredResults;

namespace AgentGym.Tests.Reporting;

public sealed class RunComparisonTests
{
    private static RunComparison Compare(StoredTestRun[] before, StoredTestRun[] after) => RunComparison.Of(Run(1), before, Run(2), after);

    [Fact]
    public void Now_failing_now_passing_new_and_gone_are_told_apart_and_listed_first()
    {
        var comparison = Compare(
            [Result(1, "Refund", AgentTestStatus.Passed), Result(1, "Greeting", AgentTestStatus.Failed), Result(1, "Same", AgentTestStatus.Passed), Result(1, "Old", AgentTestStatus.Passed)],
            [Result(2, "Refund", AgentTestStatus.Timeout), Result(2, "Greeting", AgentTestStatus.Passed), Result(2, "Same", AgentTestStatus.Passed), Result(2, "Added", AgentTestStatus.Failed)]);

        Assert.Equal(
            [("Refund", TestChange.NowFailing), ("Greeting", TestChange.NowPassing), ("Added", TestChange.New), ("Old", TestChange.Gone), ("Same", TestChange.Unchanged)],
            comparison.Tests.Select(t => (t.DisplayName, t.Change)));
        Assert.Equal((1, 1, 1, 1), (comparison.NowFailing, comparison.NowPassing, comparison.New, comparison.Gone));
        Assert.Equal("4 tests in run 1, 4 in run 2: 1 now failing, 1 now passing, 1 new, 1 gone.", comparison.Summary);
    }

    [Theory]
    [InlineData(AgentTestStatus.Passed, AgentTestStatus.Error, TestChange.NowFailing)]
    [InlineData(AgentTestStatus.Skipped, AgentTestStatus.Failed, TestChange.NowFailing)]
    [InlineData(AgentTestStatus.Timeout, AgentTestStatus.Passed, TestChange.NowPassing)]
    [InlineData(AgentTestStatus.Failed, AgentTestStatus.Timeout, TestChange.StatusChanged)]
    [InlineData(AgentTestStatus.Passed, AgentTestStatus.Skipped, TestChange.StatusChanged)]
    [InlineData(AgentTestStatus.Failed, AgentTestStatus.Cancelled, TestChange.StatusChanged)]
    [InlineData(AgentTestStatus.Error, AgentTestStatus.Error, TestChange.Unchanged)]
    public void A_failure_is_what_the_outcome_rule_says(AgentTestStatus before, AgentTestStatus after, TestChange expected) =>
        Assert.Equal(expected, TestComparison.ChangeOf(before, after));

    [Fact]
    public void Figures_change_in_percent_and_a_missing_figure_is_not_a_change()
    {
        var comparison = Compare(
            [Result(1, "Refund", AgentTestStatus.Passed, tokens: 100, durationMs: 200), Result(1, "Quiet", AgentTestStatus.Passed, tokens: null), Result(1, "Zero", AgentTestStatus.Passed, tokens: 0)],
            [Result(2, "Refund", AgentTestStatus.Passed, tokens: 150, durationMs: 150), Result(2, "Quiet", AgentTestStatus.Passed, tokens: 80), Result(2, "Zero", AgentTestStatus.Passed, tokens: 5)]);

        var byName = comparison.Tests.ToDictionary(t => t.DisplayName);
        Assert.Equal(("+50%", "-25%"), (byName["Refund"].TokensChange, byName["Refund"].DurationChange));
        Assert.Equal("-", byName["Quiet"].TokensChange);
        Assert.Equal("from 0", byName["Zero"].TokensChange);
    }

    [Fact]
    public void A_test_recorded_twice_in_a_run_counts_by_its_last_result()
    {
        var comparison = Compare([Result(1, "Refund", AgentTestStatus.Passed)], [Result(2, "Refund", AgentTestStatus.Passed), Result(2, "Refund", AgentTestStatus.Failed)]);

        var test = Assert.Single(comparison.Tests);
        Assert.Equal(TestChange.NowFailing, test.Change);
        Assert.Equal("1 test in run 1, 1 in run 2: 1 now failing, 0 now passing, 0 new, 0 gone.", comparison.Summary);
    }

    [Fact]
    public void A_new_or_gone_test_has_no_figure_change()
    {
        var comparison = Compare([], [Result(2, "Refund", AgentTestStatus.Passed)]);

        var test = Assert.Single(comparison.Tests);
        Assert.Equal((TestChange.New, (string?)null, (string?)null), (test.Change, test.TokensChange, test.DurationChange));
        Assert.Equal("new", ChangeText.Of(test.Change));
    }
}
