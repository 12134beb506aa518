using Perfolizer.Mathematics.Distributions.ContinuousDistributions;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;

namespace AgentGym.Benchmarks.Statistics;

/// <summary>The tests that say whether a difference between two agents is real or noise.</summary>
public static class SignificanceTests
{
    /// <summary>
    /// The two-sided Mann-Whitney U test (Perfolizer's, exact for small samples): do the two samples come from distributions
    /// of which one tends to give larger values? It makes no assumption of normality, which agent latencies rarely meet.
    /// </summary>
    /// <param name="x">The first sample (durations of one agent).</param>
    /// <param name="y">The second sample.</param>
    /// <returns>The p-value, or 1 when either sample has fewer than two values.</returns>
    public static double MannWhitney(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count < 2 || y.Count < 2)
            return 1;
        var result = MannWhitneyTest.Instance.Perform(new Sample([.. x]), new Sample([.. y]), AlternativeHypothesis.TwoSides, Threshold.Zero);
        var p = (double)result.PValue;
        return double.IsFinite(p) ? Math.Clamp(p, 0, 1) : 1;
    }

    /// <summary>
    /// The two-sided two-proportion z-test with a pooled proportion (normal distribution from Perfolizer): do two success
    /// rates differ? Equal rates, or rates of 0 or 1 on both sides, give 1.
    /// </summary>
    /// <param name="successes1">Successes of the first agent.</param>
    /// <param name="trials1">Trials of the first agent.</param>
    /// <param name="successes2">Successes of the second agent.</param>
    /// <param name="trials2">Trials of the second agent.</param>
    /// <returns>The p-value.</returns>
    public static double TwoProportions(int successes1, int trials1, int successes2, int trials2)
    {
        if (trials1 == 0 || trials2 == 0)
            return 1;
        double p1 = (double)successes1 / trials1, p2 = (double)successes2 / trials2;
        var pooled = (double)(successes1 + successes2) / (trials1 + trials2);
        var standardError = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / trials1) + (1.0 / trials2)));
        if (standardError == 0)
            return 1;
        var z = Math.Abs(p1 - p2) / standardError;
        return Math.Clamp(2 * (1 - NormalDistribution.Standard.Cdf(z)), 0, 1);
    }
}
