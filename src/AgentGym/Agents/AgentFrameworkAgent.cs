using Microsoft.Extensions.AI;
using FrameworkAgent = Microsoft.Agents.AI.AIAgent;

namespace AgentGym.Agents;

/// <summary>
/// An agent made of a Microsoft Agent Framework <see cref="FrameworkAgent"/>. Each task runs in a new session. Its metrics come
/// from the framework's OpenTelemetry spans when the agent emits them, else from the usage it reports.
/// </summary>
public sealed class AgentFrameworkAgent : IAgent
{
    private readonly FrameworkAgent _agent;

    /// <summary>Creates the agent.</summary>
    /// <param name="agent">The framework agent.</param>
    /// <param name="name">The name to report; defaults to the agent's own name.</param>
    public AgentFrameworkAgent(FrameworkAgent agent, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(agent);
        _agent = agent;
        Name = name ?? agent.Name ?? agent.Id;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public async Task<AgentResponse> RunAsync(AgentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = new ChatMessage(ChatRole.User, ChatResponseMapping.DescribeRequest(request));
        var response = await _agent.RunAsync([message], session: null, options: null, cancellationToken).ConfigureAwait(false);
        return new AgentResponse(response.Text)
        {
            ToolCalls = ChatResponseMapping.ToolCalls(response.Messages),
            Usage = response.Usage,
            Messages = [message, .. response.Messages],
        };
    }
}
