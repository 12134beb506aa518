using Microsoft.Extensions.AI;
using FrameworkAgent = Microsoft.Agents.AI.AIAgent;

namespace AgentGym.Agents;

/// <summary>
/// An agent made of a Microsoft Agent Framework <see cref="FrameworkAgent"/>. Each task runs in a new session; the turns of a
/// conversation (<see cref="AgentRequest.Conversation"/>) share one session, made by the agent. Its metrics come
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
        var conversation = request.Conversation;
        var session = conversation is null
            ? null
            : await conversation.GetOrAddState(this, () => _agent.CreateSessionAsync(CancellationToken.None).AsTask()).WaitAsync(cancellationToken).ConfigureAwait(false);
        var response = await _agent.RunAsync([message], session, options: null, cancellationToken).ConfigureAwait(false);
        return new AgentResponse(response.Text)
        {
            ToolCalls = ChatResponseMapping.ToolCalls(response.Messages),
            Usage = response.Usage,
            Messages = [.. conversation?.Messages ?? [], message, .. response.Messages],
        };
    }
}
