using AgentGym.Benchmarks.Statistics;
using AgentGym.Benchmarks.Tests.Fakes;

namespace AgentGym.Benchmarks.Tests.Statistics;

public sealed class ComparisonTests
{
    [Fact]
    public void Clearly_faster_agent_is_ranked_first_and_called_significantly_faster()
    {
        var run = Synthetic.Run("slow", [
            .. Synthetic.Agent("slow", seed: 1, count: 40, meanMs: 180, stdDevMs: 20, successRate: 1),
            .. Synthetic.Agent("fast", seed: 2, count: 40, meanMs: 100, stdDevMs: 10, successRate: 1),
        ]);

        Assert.Equal(["fast", "slow"], run.Ranking);
        var comparison = Assert.Single(run.Comparisons);
        Assert.Equal("fast", comparison.Agent);
        Assert.True(comparison.DurationSignificant, $"p = {comparison.DurationPValue}");
        Assert.True(comparison.Ratios[Figures.MedianDuration] < 0.7);
        Assert.StartsWith("fast is 1.", comparison.Sentence, StringComparison.Ordinal);
        Assert.Matches(@"x faster than slow \(median; significant, p (= \d\.\de-\d+|< 1e-7)\)", comparison.Sentence);
    }

    [Fact]
    public void Two_identical_agents_are_not_called_different()
    {
        var run = Synthetic.Run("twin-a", [
            .. Synthetic.Agent("twin-a", seed: 11, count: 40, meanMs: 150, stdDevMs: 30, successRate: 0.8),
            .. Synthetic.Agent("twin-b", seed: 12, count: 40, meanMs: 150, stdDevMs: 30, successRate: 0.8),
        ]);

        var comparison = Assert.Single(run.Comparisons);
        Assert.False(comparison.DurationSignificant, $"p = {comparison.DurationPValue}");
        Assert.False(comparison.SuccessSignificant, $"p = {comparison.SuccessPValue}");
        Assert.Contains("(not significant, p = ", comparison.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void More_successful_agent_is_ranked_first_and_its_success_called_significant()
    {
        var run = Synthetic.Run("small", [
            .. Synthetic.Agent("small", seed: 3, count: 100, meanMs: 100, stdDevMs: 10, successRate: 0.6),
            .. Synthetic.Agent("large", seed: 4, count: 100, meanMs: 180, stdDevMs: 20, successRate: 0.95),
        ]);

        Assert.Equal("large", run.Ranking[0]);
        var comparison = Assert.Single(run.Comparisons);
        Assert.True(comparison.SuccessSignificant, $"p = {comparison.SuccessPValue}");
        Assert.Contains("x slower than small (median; significant", comparison.Sentence, StringComparison.Ordinal);
        Assert.Contains("and succeeds more often: ", comparison.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_figure_has_a_ratio_to_the_baseline()
    {
        var run = Synthetic.Run("a", [
            .. Synthetic.Agent("a", seed: 5, count: 10, meanMs: 100, stdDevMs: 10, successRate: 1, tokens: 100),
            .. Synthetic.Agent("b", seed: 6, count: 10, meanMs: 100, stdDevMs: 10, successRate: 1, tokens: 250),
        ]);

        var ratios = Assert.Single(run.Comparisons).Ratios;
        Assert.Equal(2.5, ratios[Figures.TotalTokens], 9);
        Assert.Equal(1, ratios[Figures.LlmCalls], 9);
        Assert.Equal(1, ratios[Figures.SuccessRate], 9);
        Assert.Contains(Figures.MeanDuration, ratios.Keys);
        Assert.Contains(Figures.P95Duration, ratios.Keys);
    }

    [Fact]
    public void Statistics_are_given_per_agent_and_task_and_per_agent()
    {
        var run = Synthetic.Run("a", [
            .. Synthetic.Agent("a", seed: 7, count: 10, meanMs: 100, stdDevMs: 10, successRate: 1, task: "refund"),
            .. Synthetic.Agent("a", seed: 8, count: 10, meanMs: 100, stdDevMs: 10, successRate: 0, task: "status"),
        ]);

        Assert.Equal(2, run.TaskStatistics.Count);
        Assert.Equal(1, run.TaskStatistics.Single(s => s.Task == "refund").Success.Rate);
        Assert.Equal(10, run.TaskStatistics.Single(s => s.Task == "status").Failures);
        var overall = Assert.Single(run.AgentStatistics);
        Assert.Equal(20, overall.Success.Trials);
        Assert.Equal(0.5, overall.Success.Rate, 9);
    }
}
