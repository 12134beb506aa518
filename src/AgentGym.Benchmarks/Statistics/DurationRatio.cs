namespace AgentGym.Benchmarks.Statistics;

/// <summary>
/// The one basis on which the reports compare an agent's speed with the baseline's: the ratio of the median durations.
/// The table's Ratio column and the comparison sentences both use it. The median, not the mean, because agent latencies
/// are skewed by a few slow calls, and because the rank and the Mann-Whitney test that says "significant" look at the
/// typical iteration too.
/// </summary>
public static class DurationRatio
{
    /// <summary>What the ratio is, in the words of the legends.</summary>
    public const string Basis = "median duration divided by the baseline's median duration";

    /// <summary>Gets the agent's median duration divided by the baseline's, or <see langword="null"/> when the baseline's is 0.</summary>
    /// <param name="agent">The agent's statistics.</param>
    /// <param name="baseline">The baseline's statistics on the same task (or overall).</param>
    /// <returns>The ratio: below 1 is faster than the baseline.</returns>
    public static double? Of(AgentTaskStatistics agent, AgentTaskStatistics baseline)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(baseline);
        return baseline.DurationMs.Median > 0 && agent.DurationMs.Median > 0 ? agent.DurationMs.Median / baseline.DurationMs.Median : null;
    }
}
