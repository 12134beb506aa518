using AgentGym.Metrics;

namespace SupportAgent.Benchmarks;

/// <summary>Adds <c>cost_usd</c> to each attempt: total tokens times the agent's price per 1,000 tokens (no cost when tokens were not reported).</summary>
public sealed class TokenPriceCollector(IReadOnlyDictionary<string, double> pricePer1000Tokens) : IMetricCollector
{
    public void Collect(MetricCollectionContext context)
    {
        if (context.AgentName is { } agent && pricePer1000Tokens.TryGetValue(agent, out var price) && context.Metrics.TotalTokens is { } tokens)
            context.Add("cost_usd", tokens * price / 1000);
    }
}
