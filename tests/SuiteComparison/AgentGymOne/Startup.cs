using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Hosting;

[assembly: AgentGymStartup(typeof(AgentGymOne.Startup))]

namespace AgentGymOne;

/// <summary>Registers the agent under test: it answers at once with the task it was given.</summary>
public sealed class Startup : IAgentGymStartup
{
    public const string EchoAgent = "echo";

    public void Configure(AgentGymBuilder builder) =>
        builder.AddAgent(EchoAgent, Agent.FromDelegate(EchoAgent, request => new AgentResponse(request.Task)));
}
