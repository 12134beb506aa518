namespace AgentGym.Metrics;

/// <summary>
/// Adds figures of its own to each attempt's metrics (cost from a price list, a domain score), without the test author
/// writing code in each test. Register one with <c>builder.AddMetricCollector(...)</c> in the startup class.
/// </summary>
public interface IMetricCollector
{
    /// <summary>Called once after each attempt, before validators run, so that budgets and validators see the figures.</summary>
    /// <param name="context">The attempt's metrics and response, and the place to add figures.</param>
    void Collect(MetricCollectionContext context);
}
