using AgentGym.Metrics;
using AgentGym.Security;
using Microsoft.Extensions.AI;

namespace AgentGym.Agents;

/// <summary>
/// An agent made of an <see cref="IChatClient"/>: each task is one conversation (or continues the chat history of its
/// <see cref="AgentRequest.Conversation"/>), tools run through
/// <see cref="FunctionInvokingChatClient"/>, and a <see cref="MetricsChatClient"/> below it counts every model call.
/// </summary>
public sealed class ChatClientAgent : IToolUsingAgent
{
    private readonly IChatClient _pipeline;
    private readonly ChatOptions? _options;
    private readonly string? _instructions;

    /// <summary>Creates the agent.</summary>
    /// <param name="name">The agent's name.</param>
    /// <param name="chatClient">The chat client that talks to the model.</param>
    /// <param name="options">Chat options, with the tools the agent may call.</param>
    /// <param name="instructions">A system message sent before each task.</param>
    public ChatClientAgent(string name, IChatClient chatClient, ChatOptions? options = null, string? instructions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(chatClient);
        Name = name;
        _options = options;
        _instructions = instructions;
        // Metrics sit below function invocation so that every round trip to the model is counted.
        var builder = new ChatClientBuilder(chatClient);
        if (chatClient.GetService<FunctionInvokingChatClient>() is null)
            builder.UseFunctionInvocation();
        if (chatClient.GetService<MetricsChatClient>() is null)
            builder.UseAgentGymMetrics();
        // Below function invocation, where tool results pass: security probes reach the model there, and only during a probe case.
        if (chatClient.GetService<ProbeInjectingChatClient>() is null)
            builder.UseAgentGymProbes();
        _pipeline = builder.Build();
        ToolNames = options?.Tools?.Select(t => t.Name).ToArray() ?? [];
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyCollection<string> ToolNames { get; }

    /// <inheritdoc />
    public async Task<AgentResponse> RunAsync(AgentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        List<ChatMessage> messages = [];
        if (!string.IsNullOrEmpty(_instructions))
            messages.Add(new ChatMessage(ChatRole.System, _instructions));
        if (request.Conversation is { } conversation)
            messages.AddRange(conversation.Messages);
        messages.Add(new ChatMessage(ChatRole.User, ChatResponseMapping.DescribeRequest(request)));

        var response = await _pipeline.GetResponseAsync(messages, _options?.Clone(), cancellationToken).ConfigureAwait(false);
        messages.AddRange(response.Messages);
        return new AgentResponse(response.Text)
        {
            Output = ChatResponseMapping.TryParseJson(response.Text, _options?.ResponseFormat),
            ToolCalls = ChatResponseMapping.ToolCalls(response.Messages),
            Usage = response.Usage,
            Messages = messages,
        };
    }
}
