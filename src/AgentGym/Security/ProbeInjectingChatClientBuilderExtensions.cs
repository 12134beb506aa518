using Microsoft.Extensions.AI;

namespace AgentGym.Security;

/// <summary>Adds <see cref="ProbeInjectingChatClient"/> to a chat client pipeline.</summary>
public static class ProbeInjectingChatClientBuilderExtensions
{
    /// <summary>
    /// Delivers AgentGym's security probes to the model of this pipeline: a canary in the system prompt, injections in tool
    /// results. Add it below <c>UseFunctionInvocation()</c> (later in the builder), where tool results pass.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static ChatClientBuilder UseAgentGymProbes(this ChatClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new ProbeInjectingChatClient(inner));
    }
}
