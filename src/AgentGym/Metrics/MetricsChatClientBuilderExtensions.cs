using Microsoft.Extensions.AI;

namespace AgentGym.Metrics;

/// <summary>Adds the gym's metrics to a chat client pipeline.</summary>
public static class MetricsChatClientBuilderExtensions
{
    /// <summary>Adds a <see cref="MetricsChatClient"/> at this point of the pipeline. Call it after <c>UseFunctionInvocation()</c> so that it sits below it and counts every model call.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <returns>The same builder.</returns>
    public static ChatClientBuilder UseAgentGymMetrics(this ChatClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new MetricsChatClient(inner));
    }
}
