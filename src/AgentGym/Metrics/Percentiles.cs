namespace AgentGym.Metrics;

/// <summary>Percentiles of a sample, by linear interpolation between closest ranks (the method of Excel's PERCENTILE.INC and numpy's default).</summary>
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
        if (sorted.Count == 0)
            return 0;
        var rank = percentile * (sorted.Count - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        return sorted[lower] + ((rank - lower) * (sorted[upper] - sorted[lower]));
    }
}
