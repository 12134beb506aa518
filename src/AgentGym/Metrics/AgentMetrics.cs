using System.Globalization;

namespace AgentGym.Metrics;

/// <summary>
/// What one attempt of an agent test cost: tokens, LLM calls, tool calls and duration. A figure that no source measured is
/// <see langword="null"/> ("not reported"), never 0: an agent that reports no usage has no token count, not a count of zero.
/// </summary>
public sealed record AgentMetrics
{
    /// <summary>Gets metrics of an attempt where nothing was measured (every count not reported, no duration).</summary>
    public static AgentMetrics Empty { get; } = new();

    /// <summary>Gets the input (prompt) tokens, or <see langword="null"/> when no source reported them.</summary>
    public long? InputTokens { get; init; }

    /// <summary>Gets the output (completion) tokens, or <see langword="null"/> when no source reported them.</summary>
    public long? OutputTokens { get; init; }

    /// <summary>Gets the total tokens (input plus output unless the provider reported a total of its own), or <see langword="null"/> when no source reported them.</summary>
    public long? TotalTokens { get; init; }

    /// <summary>Gets the number of calls to a language model, or <see langword="null"/> when no source saw the agent's model calls.</summary>
    public int? LlmCalls { get; init; }

    /// <summary>Gets the number of tool (function) calls the agent made, or <see langword="null"/> when no source saw them.</summary>
    public int? ToolCalls { get; init; }

    /// <summary>Gets the wall time of the attempt, as measured by the engine.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Gets where the token and call counts came from.</summary>
    public MetricSource Source { get; init; }

    /// <summary>Gets figures added by custom <see cref="IMetricCollector"/>s (cost, for example), by name.</summary>
    public IReadOnlyDictionary<string, double> Custom { get; init; } = new Dictionary<string, double>();

    /// <summary>Shows a count, or "not reported" when it was not measured.</summary>
    /// <param name="value">The count.</param>
    /// <returns>The count as text.</returns>
    public static string Show(long? value) => value is { } measured ? measured.ToString(CultureInfo.InvariantCulture) : NotReported;

    /// <summary>The words shown in place of a figure that no source measured.</summary>
    public const string NotReported = "not reported";

    /// <summary>Gets what was counted after <paramref name="earlier"/>, a snapshot of the same scope: one turn's share of an attempt.</summary>
    /// <param name="earlier">The scope's metrics at the start of the turn.</param>
    /// <param name="duration">The turn's wall time.</param>
    internal AgentMetrics Since(AgentMetrics earlier, TimeSpan duration)
    {
        // A scope reports its most direct source that saw calls; when that changed during the turn, the new source saw nothing before it.
        var before = earlier.Source == Source ? earlier : Empty;
        return this with
        {
            InputTokens = Minus(InputTokens, before.InputTokens),
            OutputTokens = Minus(OutputTokens, before.OutputTokens),
            TotalTokens = Minus(TotalTokens, before.TotalTokens),
            LlmCalls = (int?)Minus(LlmCalls, before.LlmCalls),
            ToolCalls = (int?)Minus(ToolCalls, before.ToolCalls),
            Duration = duration,
            Custom = Empty.Custom,
        };
    }

    // A figure first measured during the turn was not measured before it: the turn's share is all of it.
    private static long? Minus(long? now, long? earlier) => now is { } measured ? measured - (earlier ?? 0) : null;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"tokens {Show(TotalTokens)} (in {Show(InputTokens)}, out {Show(OutputTokens)}), LLM calls {Show(LlmCalls)}, tool calls {Show(ToolCalls)}, duration {Duration.TotalMilliseconds:0} ms");
}
