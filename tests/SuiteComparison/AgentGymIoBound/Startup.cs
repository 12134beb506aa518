using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Hosting;

[assembly: AgentGymStartup(typeof(AgentGymIoBound.Startup))]

namespace AgentGymIoBound;

/// <summary>Registers the agent under test: it answers after 100 ms of waiting on I/O, as a model call does.</summary>
public sealed class Startup : IAgentGymStartup
{
    public const string SlowAgent = "slow";

    public void Configure(AgentGymBuilder builder) =>
        builder.AddAgent(SlowAgent, Agent.FromDelegate(SlowAgent, async (request, cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            return new AgentResponse("done: " + request.Task);
        }));
}
