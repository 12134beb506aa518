using Perfolizer.Mathematics.QuantileEstimators;

namespace AgentGym.Sdk;

/// <summary>
/// Percentiles of a sample, by linear interpolation between closest ranks (Hyndman and Fan's type 7: the method of
/// Excel's PERCENTILE.INC and numpy's default), computed by Perfolizer, the statistics library of BenchmarkDotNet.
/// </summary>
public static class Percentiles
{
    /// <summary>Gets the <paramref name="percentile"/> of a sorted sample.</summary>
    /// <param name="sorted">The values, sorted ascending.</param>
    /// <param name="percentile">From 0 to 1, such as 0.95.</param>
    /// <returns>The percentile, or 0 for an empty sample.</returns>
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 1);
        // Perfolizer refuses an empty sample; an empty one has no spread to report.
        return sorted.Count == 0 ? 0 : HyndmanFanQuantileEstimator.Type7.Quantile(sorted, percentile);
    }
}
