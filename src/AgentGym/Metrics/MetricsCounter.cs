namespace AgentGym.Metrics;

/// <summary>Thread-safe counts from one source during one attempt, and which of them the source actually saw.</summary>
internal sealed class MetricsCounter
{
    private long _inputTokens;
    private long _outputTokens;
    private long _totalTokens;
    private int _llmCalls;
    private int _toolCalls;
    private int _sawInputTokens;
    private int _sawOutputTokens;
    private int _sawTotalTokens;
    private int _sawToolCalls;

    public bool IsEmpty => Volatile.Read(ref _llmCalls) == 0 && Volatile.Read(ref _totalTokens) == 0 && Volatile.Read(ref _toolCalls) == 0;

    /// <summary>Adds one model call; a token count (or tool-call count) the call did not report stays unreported unless another call reported it.</summary>
    public void AddCall(long? inputTokens, long? outputTokens, long? totalTokens, int? toolCalls, bool countsAsLlmCall = true)
    {
        if (inputTokens is { } input)
            Add(ref _inputTokens, ref _sawInputTokens, input);
        if (outputTokens is { } output)
            Add(ref _outputTokens, ref _sawOutputTokens, output);
        if ((totalTokens ?? (inputTokens is null && outputTokens is null ? null : (inputTokens ?? 0) + (outputTokens ?? 0))) is { } total)
            Add(ref _totalTokens, ref _sawTotalTokens, total);
        if (toolCalls is { } calls)
            AddToolCalls(calls);
        if (countsAsLlmCall)
            Interlocked.Increment(ref _llmCalls);
    }

    /// <summary>Adds tool calls the source saw (0 counts as seen: the source would have seen any).</summary>
    public void AddToolCalls(int count)
    {
        Interlocked.Add(ref _toolCalls, count);
        Volatile.Write(ref _sawToolCalls, 1);
    }

    /// <summary>Takes the counts, leaving out those the source never saw.</summary>
    /// <param name="source">The source.</param>
    /// <param name="duration">The attempt's duration.</param>
    /// <param name="sawLlmCalls">Whether this source sees model calls (a chat client or telemetry does; a reported usage may not).</param>
    public AgentMetrics ToMetrics(MetricSource source, TimeSpan duration, bool sawLlmCalls) => new()
    {
        InputTokens = Seen(ref _inputTokens, ref _sawInputTokens),
        OutputTokens = Seen(ref _outputTokens, ref _sawOutputTokens),
        TotalTokens = Seen(ref _totalTokens, ref _sawTotalTokens),
        LlmCalls = sawLlmCalls || Volatile.Read(ref _llmCalls) > 0 ? Volatile.Read(ref _llmCalls) : null,
        ToolCalls = Volatile.Read(ref _sawToolCalls) == 1 ? Volatile.Read(ref _toolCalls) : null,
        Duration = duration,
        Source = source,
    };

    private static void Add(ref long total, ref int seen, long value)
    {
        Interlocked.Add(ref total, value);
        Volatile.Write(ref seen, 1);
    }

    private static long? Seen(ref long total, ref int seen) => Volatile.Read(ref seen) == 1 ? Volatile.Read(ref total) : null;
}
