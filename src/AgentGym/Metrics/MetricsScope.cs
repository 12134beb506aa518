using System.Diagnostics;

namespace AgentGym.Metrics;

/// <summary>
/// The metrics of one running attempt. The engine opens a scope around each attempt; it flows with the
/// async context, so the gym's chat client and telemetry listener add to the attempt that made the call,
/// and two tests running at the same time never see each other's counts.
/// </summary>
internal sealed class MetricsScope : IDisposable
{
    private static readonly AsyncLocal<MetricsScope?> CurrentScope = new();

    private readonly MetricsScope? _parent;
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
    private TimeSpan? _duration;

    internal MetricsCounter ChatClient { get; } = new();

    internal MetricsCounter Telemetry { get; } = new();

    internal MetricsCounter Reported { get; } = new();

    private MetricsScope(MetricsScope? parent) => _parent = parent;

    /// <summary>Gets the scope of the attempt running in this async context, if any.</summary>
    public static MetricsScope? Current => CurrentScope.Value;

    /// <summary>Opens a scope and makes it current for this async context until disposed.</summary>
    /// <returns>The new scope.</returns>
    public static MetricsScope Begin()
    {
        var scope = new MetricsScope(CurrentScope.Value);
        CurrentScope.Value = scope;
        return scope;
    }

    /// <summary>
    /// Leaves the current scope until the returned handle is disposed, so that calls made meanwhile (an LLM judge's) are not
    /// counted in the attempt's metrics. The change stays within the calling async method and what it awaits.
    /// </summary>
    /// <returns>A handle that restores the scope.</returns>
    public static IDisposable Suspend()
    {
        var suspended = CurrentScope.Value;
        CurrentScope.Value = null;
        return new Resumption(suspended);
    }

    /// <summary>Gets the time elapsed since the scope began, or its final duration once stopped.</summary>
    public TimeSpan Elapsed => _duration ?? _stopwatch.Elapsed;

    /// <summary>
    /// Starts the clock again when the attempt's code begins to run, so that the time it waited for a thread is not counted as
    /// the agent's.
    /// </summary>
    internal void RestartClock()
    {
        if (_duration is null)
            _stopwatch.Restart();
    }

    /// <summary>Stops the clock; later snapshots report the same duration.</summary>
    public void Stop() => _duration ??= _stopwatch.Elapsed;

    /// <summary>Takes the attempt's metrics so far, from the most direct source that saw any calls; what no source saw is not reported (null).</summary>
    /// <returns>The metrics.</returns>
    public AgentMetrics Snapshot()
    {
        var (counter, source) = !ChatClient.IsEmpty ? (ChatClient, MetricSource.ChatClient)
            : !Telemetry.IsEmpty ? (Telemetry, MetricSource.Telemetry)
            : !Reported.IsEmpty ? (Reported, MetricSource.Reported)
            : (Reported, MetricSource.None);
        // A chat client or telemetry sees every model call, so its count stands even at 0; usage an agent reports says
        // nothing about calls it did not report, and with no source at all nothing was measured.
        return counter.ToMetrics(source, Elapsed, sawLlmCalls: source is MetricSource.ChatClient or MetricSource.Telemetry);
    }

    /// <summary>Restores the scope that was current before this one.</summary>
    public void Dispose()
    {
        Stop();
        if (CurrentScope.Value == this)
            CurrentScope.Value = _parent;
    }

    private sealed class Resumption(MetricsScope? scope) : IDisposable
    {
        public void Dispose() => CurrentScope.Value = scope;
    }
}
