using AgentGym.Sdk;

namespace AgentGym.Tests.Metrics;

public sealed class PercentilesTests
{
    [Theory]
    [InlineData(0.0, 10)]
    [InlineData(0.5, 25)]
    [InlineData(0.95, 38.5)]
    [InlineData(1.0, 40)]
    public void Percentile_interpolates_linearly_between_closest_ranks(double percentile, double expected)
    {
        double[] sorted = [10, 20, 30, 40];

        Assert.Equal(expected, Percentiles.Of(sorted, percentile), precision: 9);
    }

    [Fact]
    public void Percentile_of_one_value_is_that_value() => Assert.Equal(7, Percentiles.Of([7], 0.95));

    [Fact]
    public void Percentile_of_an_empty_sample_is_zero() => Assert.Equal(0, Percentiles.Of([], 0.5));

    [Fact]
    public void Percentile_outside_zero_to_one_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of([1, 2], 1.5));
}
