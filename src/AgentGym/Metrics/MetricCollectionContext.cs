using AgentGym.Agents;

namespace AgentGym.Metrics;

/// <summary>What an <see cref="IMetricCollector"/> sees of an attempt, and where it adds its figures.</summary>
public sealed class MetricCollectionContext
{
    private readonly Dictionary<string, double> _custom;

    internal MetricCollectionContext(string testName, string? agentName, AgentMetrics metrics, AgentResponse? response)
    {
        TestName = testName;
        AgentName = agentName;
        Metrics = metrics;
        Response = response;
        _custom = new Dictionary<string, double>(metrics.Custom, StringComparer.Ordinal);
    }

    /// <summary>Gets the test's name.</summary>
    public string TestName { get; }

    /// <summary>Gets the agent's registered name, when the test has one.</summary>
    public string? AgentName { get; }

    /// <summary>Gets the metrics measured so far.</summary>
    public AgentMetrics Metrics { get; }

    /// <summary>Gets the agent's response, when there was one.</summary>
    public AgentResponse? Response { get; }

    /// <summary>Adds (or replaces) a named figure.</summary>
    /// <param name="name">The figure's name, such as <c>cost_usd</c>.</param>
    /// <param name="value">Its value.</param>
    public void Add(string name, double value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _custom[name] = value;
    }

    internal AgentMetrics ToMetrics() => Metrics with { Custom = _custom };
}
