using Microsoft.Extensions.AI;

namespace AgentGym.Agents;

/// <summary>
/// A conversation of several turns with one agent, as the engine holds it in a multi-turn test: its id, the messages of the
/// turns so far, and what agents keep between turns. The engine makes one per attempt and passes it on every turn's
/// <see cref="AgentRequest.Conversation"/>; an agent continues it (chat history, a Microsoft Agent Framework session, a
/// conversation id sent to a service) instead of starting afresh.
/// </summary>
public sealed class AgentConversation
{
    private readonly Dictionary<object, object?> _state = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _lock = new();
    private IReadOnlyList<ChatMessage> _messages = [];

    /// <summary>Creates a conversation.</summary>
    /// <param name="id">The conversation's id; a new unique id when <see langword="null"/>.</param>
    public AgentConversation(string? id = null)
    {
        Id = string.IsNullOrWhiteSpace(id) ? Guid.NewGuid().ToString("N") : id;
    }

    /// <summary>Gets the conversation's id, the same on every turn: an HTTP agent sends it as <c>conversation_id</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the messages of the turns before the current one, oldest first, without system instructions.</summary>
    public IReadOnlyList<ChatMessage> Messages => Volatile.Read(ref _messages);

    /// <summary>Gets how many turns the conversation has finished.</summary>
    public int TurnCount { get; private set; }

    /// <summary>
    /// Gets what an agent keeps for this conversation under <paramref name="key"/> (normally the agent itself), making it the
    /// first time: a framework session, a server-side thread id. It lives as long as the conversation.
    /// </summary>
    /// <typeparam name="T">The state's type.</typeparam>
    /// <param name="key">Whose state it is, compared by reference.</param>
    /// <param name="create">Makes the state on the first turn.</param>
    /// <returns>The state.</returns>
    public T GetOrAddState<T>(object key, Func<T> create)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        lock (_lock)
        {
            if (_state.TryGetValue(key, out var existing) && existing is T found)
                return found;
            var created = create();
            _state[key] = created;
            return created;
        }
    }

    /// <summary>Records a finished turn: the conversation continues from <paramref name="response"/>'s messages.</summary>
    /// <param name="request">The turn's request.</param>
    /// <param name="response">The agent's answer.</param>
    internal void Continue(AgentRequest request, AgentResponse response)
    {
        Volatile.Write(ref _messages, ConversationHistory.After(Messages, request, response));
        TurnCount++;
    }
}
