using System.Text;
using AgentGym.Agents;
using AgentGym.Definitions;
using AgentGym.Metrics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Execution;

/// <summary>
/// Plays the user of a simulated conversation with a chat model: it reads the conversation with the roles swapped (the
/// agent's answers are what it is told, its own messages are what it said) and writes the user's next message. Its calls are
/// not the agent's, so they stay out of the attempt's metrics; record and replay it by wrapping its chat client.
/// </summary>
internal sealed class UserSimulator
{
    private static readonly ChatOptions Options = new() { Temperature = 0 };

    private readonly IChatClient _chatClient;
    private readonly UserSimulation _simulation;

    private UserSimulator(IChatClient chatClient, UserSimulation simulation)
    {
        _chatClient = chatClient;
        _simulation = simulation;
    }

    /// <summary>Finds the simulator registered with <c>builder.AddUserSimulator</c>.</summary>
    /// <exception cref="UserSimulatorException">None is registered.</exception>
    public static UserSimulator For(UserSimulation simulation, IServiceProvider services)
    {
        var chatClient = services.GetKeyedService<IChatClient>(UserSimulation.ChatClientKey)
            ?? throw new UserSimulatorException(
                "No user simulator is registered: call builder.AddUserSimulator(chatClient) in the AgentGym startup class with the chat client that plays the user.");
        return new UserSimulator(chatClient, simulation);
    }

    /// <summary>Gets the user's next message, or <see langword="null"/> when the user says the conversation is over.</summary>
    /// <exception cref="UserSimulatorException">The simulator's call failed.</exception>
    public async Task<string?> NextMessageAsync(AgentConversation conversation, CancellationToken cancellationToken)
    {
        ChatResponse reply;
        try
        {
            using (MetricsScope.Suspend())
                reply = await _chatClient.GetResponseAsync(Prompt(conversation), Options.Clone(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new UserSimulatorException($"The user simulator failed before turn {conversation.TurnCount + 1} with {ex.GetType().Name}: {ex.Message}", ex);
        }

        var text = reply.Text.Trim();
        if (text.Contains(UserSimulation.StopToken, StringComparison.Ordinal))
            return null;
        if (text.Length == 0)
            throw new UserSimulatorException($"The user simulator answered with no text before turn {conversation.TurnCount + 1}; it must write the user's message, or {UserSimulation.StopToken} to end.");
        return text;
    }

    private List<ChatMessage> Prompt(AgentConversation conversation)
    {
        List<ChatMessage> messages = [new(ChatRole.System, Instructions())];
        foreach (var message in conversation.Messages)
        {
            // Tool calls and their results are the agent's business; the user sees only what was said.
            if (string.IsNullOrWhiteSpace(message.Text))
                continue;
            if (message.Role == ChatRole.User)
                messages.Add(new ChatMessage(ChatRole.Assistant, message.Text));
            else if (message.Role == ChatRole.Assistant)
                messages.Add(new ChatMessage(ChatRole.User, message.Text));
        }

        if (messages.Count == 1)
            messages.Add(new ChatMessage(ChatRole.User, "(The conversation starts. Write your first message to the assistant.)"));
        return messages;
    }

    private string Instructions()
    {
        var text = new StringBuilder()
            .AppendLine("You are role-playing a user who talks to an AI assistant, to test the assistant. Stay in character.")
            .AppendLine("Write only the user's next message: no quotes, no explanations.")
            .AppendLine().AppendLine("## Your goal").AppendLine(_simulation.Goal);
        if (!string.IsNullOrWhiteSpace(_simulation.Persona))
            text.AppendLine().AppendLine("## Who you are").AppendLine(_simulation.Persona);
        return text.AppendLine()
            .Append("When your goal is reached, or the assistant clearly cannot reach it, answer with only ").Append(UserSimulation.StopToken).AppendLine(".")
            .ToString();
    }
}
