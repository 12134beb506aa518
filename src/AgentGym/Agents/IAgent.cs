namespace AgentGym.Agents;

/// <summary>An agent under test: the one abstraction the AgentGym engine calls.</summary>
public interface IAgent
{
    /// <summary>Gets the agent's name, as reported in results.</summary>
    string Name { get; }

    /// <summary>Runs the agent on one request.</summary>
    /// <param name="request">The task text and its context.</param>
    /// <param name="cancellationToken">Cancelled when the test times out or the run is cancelled.</param>
    /// <returns>What the agent answered, with its tool calls and usage.</returns>
    Task<AgentResponse> RunAsync(AgentRequest request, CancellationToken cancellationToken = default);
}
