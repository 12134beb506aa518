using Microsoft.Extensions.AI;

namespace AgentGym.Agents;

/// <summary>The rule for what a conversation holds after a turn, whatever kind of agent answered.</summary>
internal static class ConversationHistory
{
    /// <summary>
    /// Gets the messages after a turn. An agent that returns the whole conversation (the history it was given, the task and
    /// its answer, as the built-in chat client and framework agents do) is taken at its word; an agent that returns only
    /// its own messages, or none (an HTTP agent), has them added to the history after the user's message.
    /// </summary>
    public static IReadOnlyList<ChatMessage> After(IReadOnlyList<ChatMessage> history, AgentRequest request, AgentResponse response)
    {
        var returned = response.Messages.Where(m => m.Role != ChatRole.System).ToList();
        if (returned.Count > history.Count && StartsWith(returned, history) && returned[history.Count].Role == ChatRole.User)
            return returned;

        List<ChatMessage> messages = [.. history, new ChatMessage(ChatRole.User, request.Task)];
        var own = returned.SkipWhile(m => m.Role == ChatRole.User && m.Text == request.Task).ToList();
        if (own.Count > 0)
            messages.AddRange(own);
        else
            messages.Add(new ChatMessage(ChatRole.Assistant, response.Text));
        return messages;
    }

    // The agent echoed the history when its first messages are those of the history (the same objects, or the same role and text).
    private static bool StartsWith(List<ChatMessage> messages, IReadOnlyList<ChatMessage> history)
    {
        for (var i = 0; i < history.Count; i++)
        {
            if (!ReferenceEquals(messages[i], history[i]) && (messages[i].Role != history[i].Role || messages[i].Text != history[i].Text))
                return false;
        }

        return true;
    }
}
