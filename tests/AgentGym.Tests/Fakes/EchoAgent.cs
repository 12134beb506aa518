using AgentGym.Agents;

namespace AgentGym.Tests.Fakes;

/// <summary>An agent that implements only <see cref="IAgent"/>, so it does not say which tools it offers.</summary>
public sealed class EchoAgent(string name = "echo") : IAgent
{
    public string Name => name;

    public Task<AgentResponse> RunAsync(AgentRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new AgentResponse($"echo: {request.Task}"));
}
