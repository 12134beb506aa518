using System.Globalization;

namespace AgentGym.Benchmarks.Statistics;

/// <summary>
/// Says a comparison in words: "large is 1.8x slower than small (median; significant, p = 0.002) and succeeds more often:
/// 92% vs 71% (significant, p = 0.010)". The speed ratio is <see cref="DurationRatio"/>, as in the table.
/// </summary>
internal static class ComparisonSentence
{
    /// <summary>Says the comparison in one sentence.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="agent">The agent's statistics.</param>
    /// <param name="baseline">The baseline's statistics.</param>
    /// <returns>The sentence.</returns>
    public static string Say(AgentComparison comparison, AgentTaskStatistics agent, AgentTaskStatistics baseline)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(baseline);
        var speed = Speed(DurationRatio.Of(agent, baseline), agent.Agent, baseline.Agent);
        var speedVerdict = "median; " + Verdict(comparison.DurationSignificant, comparison.DurationPValue);
        var success = agent.Success.Rate.CompareTo(baseline.Success.Rate) switch
        {
            > 0 => "succeeds more often",
            < 0 => "succeeds less often",
            _ => "succeeds as often",
        };
        var rates = string.Create(CultureInfo.InvariantCulture, $"{agent.Success.Rate * 100:0}% vs {baseline.Success.Rate * 100:0}%");
        var successVerdict = Verdict(comparison.SuccessSignificant, comparison.SuccessPValue);
        var tokens = comparison.Ratios.TryGetValue(Figures.TotalTokens, out var tokenRatio)
            ? string.Create(CultureInfo.InvariantCulture, $"; it uses {tokenRatio:0.##}x the tokens")
            : string.Empty;
        return $"{speed} ({speedVerdict}) and {success}: {rates} ({successVerdict}){tokens}.";
    }

    private static string Speed(double? durationRatio, string agent, string baseline)
    {
        if (durationRatio is not { } ratio)
            return $"{agent} runs about as fast as {baseline}";
        return ratio >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{agent} is {ratio:0.##}x slower than {baseline}")
            : string.Create(CultureInfo.InvariantCulture, $"{agent} is {1 / ratio:0.##}x faster than {baseline}");
    }

    private static string Verdict(bool significant, double p) =>
        string.Create(CultureInfo.InvariantCulture, $"{(significant ? "significant" : "not significant")}, {Format(p)}");

    private static string Format(double p) => p switch
    {
        SignificanceTests.MannWhitneyFloor => "p < 1e-7",
        <= double.Epsilon => "p < 1e-300",
        < 0.001 => "p = " + p.ToString("0.0e0", CultureInfo.InvariantCulture),
        _ => "p = " + p.ToString("0.000", CultureInfo.InvariantCulture),
    };
}
