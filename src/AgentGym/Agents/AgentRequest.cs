namespace AgentGym.Agents;

/// <summary>What an agent is asked to do: the task text and a context of named values.</summary>
public sealed class AgentRequest
{
    private static readonly IReadOnlyDictionary<string, object?> EmptyContext = new Dictionary<string, object?>();

    /// <summary>Creates a request.</summary>
    /// <param name="task">The task text sent to the agent.</param>
    /// <param name="context">Named values that come with the task (a customer id, a locale, a document).</param>
    public AgentRequest(string task, IReadOnlyDictionary<string, object?>? context = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        Task = task;
        Context = context ?? EmptyContext;
    }

    /// <summary>Gets the task text.</summary>
    public string Task { get; }

    /// <summary>Gets the context values that come with the task.</summary>
    public IReadOnlyDictionary<string, object?> Context { get; }

    /// <summary>
    /// Gets the conversation this task continues, in a multi-turn test: its id, the earlier turns' messages and what the agent
    /// keeps between turns. <see langword="null"/> for a task on its own.
    /// </summary>
    public AgentConversation? Conversation { get; init; }

    /// <inheritdoc />
    public override string ToString() => Task;
}
