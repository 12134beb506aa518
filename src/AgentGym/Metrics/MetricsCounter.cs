namespace AgentGym.Metrics;

/// <summary>Thread-safe counts from one source during one attempt.</summary>
internal sealed class MetricsCounter
{
    private long _inputTokens;
    private long _outputTokens;
    private long _totalTokens;
    private int _llmCalls;
    private int _toolCalls;

    public bool IsEmpty => Volatile.Read(ref _llmCalls) == 0 && Volatile.Read(ref _totalTokens) == 0 && Volatile.Read(ref _toolCalls) == 0;

    public void AddCall(long? inputTokens, long? outputTokens, long? totalTokens, int toolCalls, bool countsAsLlmCall = true)
    {
        var input = inputTokens ?? 0;
        var output = outputTokens ?? 0;
        Interlocked.Add(ref _inputTokens, input);
        Interlocked.Add(ref _outputTokens, output);
        Interlocked.Add(ref _totalTokens, totalTokens ?? (input + output));
        Interlocked.Add(ref _toolCalls, toolCalls);
        if (countsAsLlmCall)
            Interlocked.Increment(ref _llmCalls);
    }

    public void AddToolCalls(int count) => Interlocked.Add(ref _toolCalls, count);

    public AgentMetrics ToMetrics(MetricSource source, TimeSpan duration) => new()
    {
        InputTokens = Volatile.Read(ref _inputTokens),
        OutputTokens = Volatile.Read(ref _outputTokens),
        TotalTokens = Volatile.Read(ref _totalTokens),
        LlmCalls = Volatile.Read(ref _llmCalls),
        ToolCalls = Volatile.Read(ref _toolCalls),
        Duration = duration,
        Source = source,
    };
}
