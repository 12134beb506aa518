using AgentGym.Benchmarks.Statistics;

namespace AgentGym.Benchmarks.Tests.Statistics;

public sealed class StatisticsTests
{
    [Fact]
    public void Sample_statistics_give_mean_percentiles_and_standard_deviation()
    {
        var stats = SampleStatistics.Of([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);

        Assert.Equal(10, stats.Count);
        Assert.Equal(55, stats.Mean, 9);
        Assert.Equal(55, stats.Median, 9);
        Assert.Equal(91, stats.P90, 9);
        Assert.Equal(95.5, stats.P95, 9);
        Assert.Equal(30.276503540974915, stats.StdDev, 9);
        Assert.Equal(10, stats.Min);
        Assert.Equal(100, stats.Max);
    }

    [Fact]
    public void Sample_statistics_of_an_empty_sample_are_zero()
    {
        Assert.Equal(SampleStatistics.Empty, SampleStatistics.Of([]));
    }

    [Fact]
    public void Wilson_interval_matches_the_textbook_value()
    {
        var rate = SuccessRate.Wilson(8, 10);

        Assert.Equal(0.8, rate.Rate, 9);
        Assert.Equal(0.4902, rate.Lower, 3);
        Assert.Equal(0.9433, rate.Upper, 3);
    }

    [Fact]
    public void Wilson_interval_stays_inside_zero_and_one_at_the_extremes()
    {
        var none = SuccessRate.Wilson(0, 5);
        var all = SuccessRate.Wilson(5, 5);

        Assert.Equal(0, none.Lower);
        Assert.True(none.Upper is > 0 and < 1);
        Assert.Equal(1, all.Upper, 9);
        Assert.True(all.Lower is > 0 and < 1);
    }

    [Fact]
    public void Two_proportion_test_finds_a_large_difference_and_not_an_equal_one()
    {
        Assert.True(SignificanceTests.TwoProportions(92, 100, 71, 100) < 0.001);
        Assert.Equal(1, SignificanceTests.TwoProportions(80, 100, 80, 100), 9);
        Assert.Equal(1, SignificanceTests.TwoProportions(10, 10, 10, 10), 9);
    }

    [Fact]
    public void Mann_whitney_separates_two_disjoint_samples()
    {
        var p = SignificanceTests.MannWhitney([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);

        Assert.True(p < 0.001, $"p = {p}");
    }

    [Fact]
    public void Mann_whitney_of_too_small_samples_says_nothing()
    {
        Assert.Equal(1, SignificanceTests.MannWhitney([1], [2, 3]));
    }
}
