using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Hosting;
using Microsoft.Extensions.AI;

[assembly: AgentGymStartup(typeof(Consumer.Startup))]

namespace Consumer;

public sealed class Startup : IAgentGymStartup
{
    public void Configure(AgentGymBuilder builder)
    {
        builder.AddAgent("echo", Agent.FromDelegate("echo", request => Answer("echo: " + request.Task)));
        builder.AddAgent("shout", Agent.FromDelegate("shout", request => Answer(request.Task.ToUpperInvariant() + "!")));
        builder.AddJudge(new FaultyJudge());
    }

    private static AgentResponse Answer(string text) =>
        new(text) { Usage = new UsageDetails { InputTokenCount = 21, OutputTokenCount = 8, TotalTokenCount = 29 } };
}
