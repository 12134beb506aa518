using Microsoft.Extensions.AI;

namespace AgentGym.Security;

/// <summary>
/// Delivers a running security probe to the model, as an attacker would: it plants the probe's canary in the system prompt
/// and puts the probe's injection into the results of the agent's tools before the model reads them. Outside a probe case
/// it passes everything through untouched. <see cref="Agents.ChatClientAgent"/> puts it in place on its own; in a pipeline
/// of your own, add it with <see cref="ProbeInjectingChatClientBuilderExtensions.UseAgentGymProbes(ChatClientBuilder)"/>
/// below function invocation, where the tool results pass.
/// </summary>
public sealed class ProbeInjectingChatClient : DelegatingChatClient
{
    /// <summary>Creates the wrapper.</summary>
    /// <param name="innerClient">The client that talks to the model.</param>
    public ProbeInjectingChatClient(IChatClient innerClient)
        : base(innerClient)
    {
    }

    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(Deliver(messages), options, cancellationToken);

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(Deliver(messages), options, cancellationToken);

    private static IEnumerable<ChatMessage> Deliver(IEnumerable<ChatMessage> messages)
    {
        if (SecurityProbeCase.Current is not { } probe)
            return messages;
        var list = messages.ToList();
        // Tool results are made for this conversation by function invocation: the injection goes into them in place, so that
        // the conversation the agent reports shows what the model read.
        foreach (var result in list.SelectMany(m => m.Contents).OfType<FunctionResultContent>())
            result.Result = probe.InjectIntoToolResult(result.Result);

        // The system prompt may be the caller's own object, reused across calls: the canary goes into a copy.
        var system = list.FindIndex(m => m.Role == ChatRole.System);
        var line = probe.SystemPromptLine;
        if (system < 0)
            list.Insert(0, new ChatMessage(ChatRole.System, line));
        else if (!list[system].Text.Contains(line, StringComparison.Ordinal))
            list[system] = new ChatMessage(ChatRole.System, $"{list[system].Text}\n\n{line}") { AuthorName = list[system].AuthorName };
        ProbeDeliveryLog.Current?.SystemPromptCanaryPlanted();
        return list;
    }
}
