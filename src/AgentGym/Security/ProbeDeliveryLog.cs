using System.Runtime.CompilerServices;
using AgentGym.Metrics;

namespace AgentGym.Security;

/// <summary>
/// What reached the agent in one attempt: how many tool results carried the injection, whether the system prompt carried
/// its canary. Kept per attempt (beside its metrics scope), so that a probe whose attack never arrived is reported as not
/// checked rather than resisted.
/// </summary>
internal sealed class ProbeDeliveryLog
{
    private static readonly ConditionalWeakTable<MetricsScope, ProbeDeliveryLog> Logs = [];

    private int _toolResults;
    private int _systemPrompts;

    public int ToolResults => Volatile.Read(ref _toolResults);

    public bool SystemPromptPlanted => Volatile.Read(ref _systemPrompts) > 0;

    /// <summary>Gets the log of the attempt running in this async context, or <see langword="null"/> outside an attempt.</summary>
    public static ProbeDeliveryLog? Current => MetricsScope.Current is { } scope ? Logs.GetValue(scope, _ => new ProbeDeliveryLog()) : null;

    public void ToolResultInjected() => Interlocked.Increment(ref _toolResults);

    public void SystemPromptCanaryPlanted() => Interlocked.Increment(ref _systemPrompts);
}
