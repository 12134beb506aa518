using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Hosting;
using AgentGym.TestAdapter.Fixtures.Benchmarks;

[assembly: AgentGymStartup(typeof(BenchmarkFixtureStartup))]

namespace AgentGym.TestAdapter.Fixtures.Benchmarks;

public sealed class BenchmarkFixtureStartup : IAgentGymStartup
{
    public void Configure(AgentGymBuilder builder)
    {
        builder.AddAgent("polite", Agent.FromDelegate("polite", _ => new AgentResponse("Your order has been refunded.")));
        builder.AddAgent("terse", Agent.FromDelegate("terse", _ => new AgentResponse("<b>No.</b>")));
    }
}
