using System.Diagnostics;

namespace AgentGym.Metrics;

/// <summary>
/// Listens to the OpenTelemetry GenAI spans of Microsoft.Extensions.AI and the Microsoft Agent Framework, so that agents
/// that build their own chat clients are measured too. Each span is counted into the <see cref="MetricsScope"/>
/// that was current when it started. Tokens are summed from <c>chat</c> spans only: the agent spans above them repeat the totals.
/// </summary>
/// <remarks>
/// Model calls are counted one per <c>chat</c> span, and tool calls one per <c>execute_tool</c> span, so an app's pipeline
/// is measured call by call when it puts <c>UseOpenTelemetry()</c> after <c>UseFunctionInvocation()</c> (below it). With the
/// opposite order the whole tool loop is one <c>chat</c> span: tokens are right, but it counts as one model call and no
/// tool calls. Spans from a source renamed with <c>UseOpenTelemetry(sourceName: ...)</c> are not seen.
/// </remarks>
internal static class GenAiTelemetryListener
{
    /// <summary>The activity source names listened to.</summary>
    public static readonly IReadOnlyList<string> SourceNames = ["Experimental.Microsoft.Extensions.AI", "Experimental.Microsoft.Agents.AI"];

    private const string ScopeProperty = "AgentGym.MetricsScope";
    private static readonly Lock StartLock = new();
    private static ActivityListener? _listener;

    /// <summary>Starts listening, once per process. The engine calls it before the first test; calling it again does nothing.</summary>
    public static void EnsureStarted()
    {
        if (Volatile.Read(ref _listener) is not null)
            return;
        lock (StartLock)
        {
            if (_listener is not null)
                return;
            var listener = new ActivityListener
            {
                ShouldListenTo = source => SourceNames.Contains(source.Name, StringComparer.Ordinal),
                // AllData makes the spans carry their tags for the gym without marking them recorded, so that the
                // gym does not change what the app's own OpenTelemetry sampler exports or propagates.
                Sample = (ref ActivityCreationOptions<ActivityContext> _) =>
                    MetricsScope.Current is null ? ActivitySamplingResult.None : ActivitySamplingResult.AllData,
                ActivityStarted = activity =>
                {
                    if (MetricsScope.Current is { } scope)
                        activity.SetCustomProperty(ScopeProperty, scope);
                },
                ActivityStopped = OnStopped,
            };
            ActivitySource.AddActivityListener(listener);
            Volatile.Write(ref _listener, listener);
        }
    }

    private static void OnStopped(Activity activity)
    {
        if (activity.GetCustomProperty(ScopeProperty) is not MetricsScope scope)
            return;
        switch (activity.GetTagItem("gen_ai.operation.name") as string)
        {
            case "chat":
                scope.Telemetry.AddCall(
                    ReadLong(activity, "gen_ai.usage.input_tokens"),
                    ReadLong(activity, "gen_ai.usage.output_tokens"),
                    totalTokens: null,
                    toolCalls: 0);
                break;
            case "execute_tool":
                scope.Telemetry.AddToolCalls(1);
                break;
        }
    }

    private static long? ReadLong(Activity activity, string tag) => activity.GetTagItem(tag) switch
    {
        int i => i,
        long l => l,
        string s when long.TryParse(s, out var parsed) => parsed,
        _ => null,
    };
}
