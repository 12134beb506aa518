namespace AgentGym.Metrics;

/// <summary>Where an attempt's token and call counts came from. When several sources saw the same calls, the first in this order wins, so no call is counted twice.</summary>
public enum MetricSource
{
    /// <summary>No source saw any model call.</summary>
    None,

    /// <summary>The gym's <see cref="MetricsChatClient"/> inside the agent's chat pipeline.</summary>
    ChatClient,

    /// <summary>OpenTelemetry GenAI spans from Microsoft.Extensions.AI or the Microsoft Agent Framework.</summary>
    Telemetry,

    /// <summary>Usage and tool calls that the agent reported in its <see cref="Agents.AgentResponse"/>.</summary>
    Reported,
}
