using AgentGym.Agents;
using AgentGym.Execution;

namespace AgentGym.Sdk;

/// <summary>What an <see cref="AgentTestBody"/> gets from the attempt that runs it.</summary>
public sealed class AgentTestBodyContext
{
    internal AgentTestBodyContext(IAgent agent, AgentRequest? input, AgentResponse? inputResponse, AgentTestContext test, IServiceProvider services, CancellationToken cancellationToken)
    {
        Agent = agent;
        Input = input;
        InputResponse = inputResponse;
        Test = test;
        Services = services;
        CancellationToken = cancellationToken;
    }

    /// <summary>Gets the agent under test, wrapped by the engine so that its usage and errors count in the attempt.</summary>
    public IAgent Agent { get; }

    /// <summary>Gets the test's input, when it has one.</summary>
    public AgentRequest? Input { get; }

    /// <summary>Gets the agent's response to <see cref="Input"/>, when the engine sent one.</summary>
    public AgentResponse? InputResponse { get; }

    /// <summary>Gets the running attempt (test, agent name, run, output).</summary>
    public AgentTestContext Test { get; }

    /// <summary>Gets the run's services (the startup class's container).</summary>
    public IServiceProvider Services { get; }

    /// <summary>Gets the token that is cancelled when the attempt times out or the run is cancelled.</summary>
    public CancellationToken CancellationToken { get; }
}
