namespace AgentGym.Agents;

/// <summary>
/// An agent that passes every call to an inner agent: the base for wrappers that add behaviour
/// (rate limiting, cassettes) around an agent, as <c>DelegatingChatClient</c> does for chat clients.
/// </summary>
public abstract class DelegatingAgent : IToolUsingAgent
{
    /// <summary>Creates a wrapper around <paramref name="innerAgent"/>.</summary>
    /// <param name="innerAgent">The agent that does the work.</param>
    protected DelegatingAgent(IAgent innerAgent)
    {
        ArgumentNullException.ThrowIfNull(innerAgent);
        InnerAgent = innerAgent;
    }

    /// <summary>Gets the wrapped agent.</summary>
    public IAgent InnerAgent { get; }

    /// <inheritdoc />
    public virtual string Name => InnerAgent.Name;

    /// <inheritdoc />
    public virtual IReadOnlyCollection<string> ToolNames => InnerAgent is IToolUsingAgent tools ? tools.ToolNames : [];

    /// <summary>Gets whether the inner agent says which tools it offers.</summary>
    public bool DeclaresTools => InnerAgent switch
    {
        // A wrapper is itself an IToolUsingAgent, so ask it rather than trusting its type.
        DelegatingAgent wrapper => wrapper.DeclaresTools,
        IToolUsingAgent => true,
        _ => false,
    };

    /// <inheritdoc />
    public virtual Task<AgentResponse> RunAsync(AgentRequest request, CancellationToken cancellationToken = default) =>
        InnerAgent.RunAsync(request, cancellationToken);
}
