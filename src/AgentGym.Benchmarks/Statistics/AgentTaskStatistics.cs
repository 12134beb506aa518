namespace AgentGym.Benchmarks.Statistics;

/// <summary>The statistics of one agent on one task, or on all its tasks when <see cref="Task"/> is <see langword="null"/>.</summary>
public sealed record AgentTaskStatistics
{
    /// <summary>Gets the agent's name.</summary>
    public required string Agent { get; init; }

    /// <summary>Gets the task's name, or <see langword="null"/> for the agent over all tasks.</summary>
    public string? Task { get; init; }

    /// <summary>Gets the success rate and its confidence interval.</summary>
    public required SuccessRate Success { get; init; }

    /// <summary>Gets the durations in milliseconds.</summary>
    public required SampleStatistics DurationMs { get; init; }

    /// <summary>Gets the input tokens per iteration.</summary>
    public required SampleStatistics InputTokens { get; init; }

    /// <summary>Gets the output tokens per iteration.</summary>
    public required SampleStatistics OutputTokens { get; init; }

    /// <summary>Gets the total tokens per iteration.</summary>
    public required SampleStatistics TotalTokens { get; init; }

    /// <summary>Gets the LLM calls per iteration.</summary>
    public required SampleStatistics LlmCalls { get; init; }

    /// <summary>Gets the tool calls per iteration.</summary>
    public required SampleStatistics ToolCalls { get; init; }

    /// <summary>Gets the cost per iteration (the <c>cost_usd</c> metric of a collector), or <see langword="null"/> when no price is configured.</summary>
    public SampleStatistics? CostUsd { get; init; }

    /// <summary>Gets how many iterations failed validation.</summary>
    public int Failures { get; init; }

    /// <summary>Gets how many iterations ended in an error (the agent threw).</summary>
    public int Errors { get; init; }

    /// <summary>Gets how many iterations timed out.</summary>
    public int Timeouts { get; init; }
}
