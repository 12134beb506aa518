using AgentGym.Metrics;

namespace SupportAgent.Benchmarks;

/// <summary>Adds <c>cost_usd</c> to each attempt: total tokens times the agent's price per 1,000 tokens.</summary>
public sealed class TokenPriceCollector(IReadOnlyDictionary<string, double> pricePer1000Tokens) : IMetricCollector
{
    public void Collect(MetricCollectionContext context)
    {
        if (context.AgentName is { } agent && pricePer1000Tokens.TryGetValue(agent, out var price))
            context.Add("cost_usd", context.Metrics.TotalTokens * price / 1000);
    }
}
