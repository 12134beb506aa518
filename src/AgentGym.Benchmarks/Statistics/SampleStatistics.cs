using AgentGym.Sdk;
using Perfolizer.Mathematics.Common;

namespace AgentGym.Benchmarks.Statistics;

/// <summary>Summary figures of a sample (durations in milliseconds, for example), computed by Perfolizer.</summary>
/// <param name="Count">How many values.</param>
/// <param name="Mean">The arithmetic mean.</param>
/// <param name="StdDev">The sample standard deviation.</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Median">The 50th percentile.</param>
/// <param name="P90">The 90th percentile.</param>
/// <param name="P95">The 95th percentile.</param>
/// <param name="P99">The 99th percentile.</param>
/// <param name="Max">The largest value.</param>
public sealed record SampleStatistics(int Count, double Mean, double StdDev, double Min, double Median, double P90, double P95, double P99, double Max)
{
    /// <summary>Gets the figures of an empty sample: all zero.</summary>
    public static SampleStatistics Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Computes the figures; percentiles are Hyndman-Fan type 7 (as Excel's PERCENTILE.INC), moments from Perfolizer.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The figures.</returns>
    public static SampleStatistics Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return Empty;
        var moments = Moments.Create(sorted);
        var stdDev = sorted.Length > 1 ? moments.StandardDeviation : 0;
        // One percentile rule for tests and benchmarks: the engine's.
        double Q(double p) => Percentiles.Of(sorted, p);
        return new SampleStatistics(sorted.Length, moments.Mean, double.IsFinite(stdDev) ? stdDev : 0, sorted[0], Q(0.5), Q(0.9), Q(0.95), Q(0.99), sorted[^1]);
    }
}
