using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace AgentGym.Benchmarks.Statistics;

/// <summary>A success rate with its Wilson score interval, which stays inside [0, 1] and works for small samples and rates near 0 or 1.</summary>
/// <param name="Successes">How many iterations succeeded.</param>
/// <param name="Trials">How many iterations were counted.</param>
/// <param name="Lower">The interval's lower bound.</param>
/// <param name="Upper">The interval's upper bound.</param>
/// <param name="ConfidenceLevel">The interval's confidence level, such as 0.95.</param>
public sealed record SuccessRate(int Successes, int Trials, double Lower, double Upper, double ConfidenceLevel)
{
    /// <summary>Gets the share of iterations that succeeded (0 when none were counted).</summary>
    public double Rate => Trials == 0 ? 0 : (double)Successes / Trials;

    /// <summary>Computes the rate and its Wilson interval; the normal quantile comes from Perfolizer.</summary>
    /// <param name="successes">How many succeeded.</param>
    /// <param name="trials">How many were counted.</param>
    /// <param name="confidenceLevel">Such as 0.95.</param>
    /// <returns>The rate.</returns>
    public static SuccessRate Wilson(int successes, int trials, double confidenceLevel = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, successes);
        if (trials == 0)
            return new SuccessRate(0, 0, 0, 1, confidenceLevel);
        var z = NormalDistribution.Standard.Quantile(1 - ((1 - confidenceLevel) / 2));
        double n = trials, p = successes / n, z2 = z * z;
        var center = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var margin = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        return new SuccessRate(successes, trials, Math.Max(0, center - margin), Math.Min(1, center + margin), confidenceLevel);
    }
}
