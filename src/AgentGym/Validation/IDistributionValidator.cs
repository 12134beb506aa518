using AgentGym.Metrics;

namespace AgentGym.Validation;

/// <summary>
/// A validator that, in a <see cref="Definitions.AgentTestType.Performance"/> test, judges the distribution of all runs
/// (percentiles, means) instead of each run alone.
/// </summary>
public interface IDistributionValidator : IValidator
{
    /// <summary>Checks the metrics of every run of a performance test.</summary>
    /// <param name="runs">Each run's metrics, in the order they ran.</param>
    /// <returns>The verdict.</returns>
    ValidationResult ValidateDistribution(IReadOnlyList<AgentMetrics> runs);
}
