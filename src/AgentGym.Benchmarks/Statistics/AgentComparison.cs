namespace AgentGym.Benchmarks.Statistics;

/// <summary>One agent compared with the baseline, over all tasks.</summary>
public sealed record AgentComparison
{
    /// <summary>Gets the agent's name.</summary>
    public required string Agent { get; init; }

    /// <summary>Gets the baseline's name.</summary>
    public required string Baseline { get; init; }

    /// <summary>Gets the ratio of each figure to the baseline's (agent / baseline), by figure name (see <see cref="Figures"/>); absent when the baseline's figure is 0.</summary>
    public required IReadOnlyDictionary<string, double> Ratios { get; init; }

    /// <summary>Gets the Mann-Whitney p-value of the durations.</summary>
    public double DurationPValue { get; init; }

    /// <summary>Gets whether the durations differ significantly.</summary>
    public bool DurationSignificant { get; init; }

    /// <summary>Gets the two-proportion z-test p-value of the success rates.</summary>
    public double SuccessPValue { get; init; }

    /// <summary>Gets whether the success rates differ significantly.</summary>
    public bool SuccessSignificant { get; init; }

    /// <summary>Gets the comparison in words.</summary>
    public required string Sentence { get; init; }
}
