namespace AgentGym.Benchmarks.Statistics;

/// <summary>The names of the figures that comparisons give a ratio for.</summary>
public static class Figures
{
    /// <summary>The success rate.</summary>
    public const string SuccessRate = "success_rate";

    /// <summary>The mean duration.</summary>
    public const string MeanDuration = "duration_mean";

    /// <summary>The median duration.</summary>
    public const string MedianDuration = "duration_median";

    /// <summary>The 95th percentile of duration.</summary>
    public const string P95Duration = "duration_p95";

    /// <summary>The mean input tokens.</summary>
    public const string InputTokens = "tokens_in";

    /// <summary>The mean output tokens.</summary>
    public const string OutputTokens = "tokens_out";

    /// <summary>The mean total tokens.</summary>
    public const string TotalTokens = "tokens_total";

    /// <summary>The mean LLM calls.</summary>
    public const string LlmCalls = "llm_calls";

    /// <summary>The mean tool calls.</summary>
    public const string ToolCalls = "tool_calls";

    /// <summary>The mean cost.</summary>
    public const string Cost = "cost_usd";

    /// <summary>The metric name a collector uses for cost, read from <c>AgentMetrics.Custom</c>.</summary>
    public const string CostMetric = "cost_usd";
}
