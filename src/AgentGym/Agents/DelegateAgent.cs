namespace AgentGym.Agents;

/// <summary>An agent made of a delegate: for tests, simulations and simple agents. Create one with <see cref="Agent.FromDelegate(string, Func{AgentRequest, CancellationToken, Task{AgentResponse}}, IEnumerable{string}?)"/>.</summary>
public sealed class DelegateAgent : IToolUsingAgent
{
    private readonly Func<AgentRequest, CancellationToken, Task<AgentResponse>> _run;

    /// <summary>Creates an agent that answers with <paramref name="run"/>.</summary>
    /// <param name="name">The agent's name.</param>
    /// <param name="run">The function that answers a request.</param>
    /// <param name="toolNames">The tools the agent offers, for <c>[RequiresTools]</c>.</param>
    public DelegateAgent(string name, Func<AgentRequest, CancellationToken, Task<AgentResponse>> run, IEnumerable<string>? toolNames = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(run);
        Name = name;
        _run = run;
        ToolNames = toolNames?.ToArray() ?? [];
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyCollection<string> ToolNames { get; }

    /// <inheritdoc />
    public Task<AgentResponse> RunAsync(AgentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _run(request, cancellationToken);
    }
}
