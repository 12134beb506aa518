using MathNet.Numerics;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;

namespace AgentGym.Benchmarks.Statistics;

/// <summary>
/// The tests that say whether a difference between two agents is real or noise. No p-value is 0: the two-proportion test
/// is exact down to the smallest double; the Mann-Whitney test's normal approximation is not precise below
/// <see cref="MannWhitneyFloor"/>, which is reported instead and reads "p &lt; 1e-7".
/// </summary>
internal static class SignificanceTests
{
    /// <summary>The smallest Mann-Whitney p-value reported: smaller ones are beyond the precision of Perfolizer's normal approximation.</summary>
    public const double MannWhitneyFloor = 1e-7;

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
        return double.IsFinite(p) ? Math.Clamp(p, MannWhitneyFloor, 1) : 1;
    }

    /// <summary>
    /// The two-sided two-proportion z-test with a pooled proportion: do two success rates differ? The normal tail comes from
    /// Math.NET's complementary error function, exact for tiny p (60/120 against 109/120 gives 4.2e-12). Equal rates, or
    /// rates of 0 or 1 on both sides, give 1; a p below the smallest double is that double, never 0.
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
        // 2 * (1 - Phi(z)) = erfc(z / sqrt 2), computed without the cancellation that turns 1 - Phi(z) into 0.
        return Math.Clamp(SpecialFunctions.Erfc(z / Math.Sqrt(2)), double.Epsilon, 1);
    }
}
