namespace AgentGym.Metrics;

/// <summary>What one attempt of an agent test cost: tokens, LLM calls, tool calls and duration.</summary>
public sealed record AgentMetrics
{
    /// <summary>Gets metrics of an attempt that did nothing.</summary>
    public static AgentMetrics Empty { get; } = new();

    /// <summary>Gets the input (prompt) tokens.</summary>
    public long InputTokens { get; init; }

    /// <summary>Gets the output (completion) tokens.</summary>
    public long OutputTokens { get; init; }

    /// <summary>Gets the total tokens; input plus output unless the provider reported a total of its own.</summary>
    public long TotalTokens { get; init; }

    /// <summary>Gets the number of calls to a language model.</summary>
    public int LlmCalls { get; init; }

    /// <summary>Gets the number of tool (function) calls the agent made.</summary>
    public int ToolCalls { get; init; }

    /// <summary>Gets the wall time of the attempt, as measured by the engine.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Gets where the token and call counts came from.</summary>
    public MetricSource Source { get; init; }

    /// <summary>Gets figures added by custom <see cref="IMetricCollector"/>s (cost, for example), by name.</summary>
    public IReadOnlyDictionary<string, double> Custom { get; init; } = new Dictionary<string, double>();

    /// <summary>Gets what was counted after <paramref name="earlier"/>, a snapshot of the same scope: one turn's share of an attempt.</summary>
    /// <param name="earlier">The scope's metrics at the start of the turn.</param>
    /// <param name="duration">The turn's wall time.</param>
    internal AgentMetrics Since(AgentMetrics earlier, TimeSpan duration)
    {
        // A scope reports its most direct source that saw calls; when that changed during the turn, the new source saw nothing before it.
        var before = earlier.Source == Source ? earlier : Empty;
        return this with
        {
            InputTokens = InputTokens - before.InputTokens,
            OutputTokens = OutputTokens - before.OutputTokens,
            TotalTokens = TotalTokens - before.TotalTokens,
            LlmCalls = LlmCalls - before.LlmCalls,
            ToolCalls = ToolCalls - before.ToolCalls,
            Duration = duration,
            Custom = Empty.Custom,
        };
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"tokens {TotalTokens} (in {InputTokens}, out {OutputTokens}), LLM calls {LlmCalls}, tool calls {ToolCalls}, duration {Duration.TotalMilliseconds:0} ms";
}
