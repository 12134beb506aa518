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
        // A test kills a benchmark process half way: with AGENTGYM_FIXTURE_HANG_AFTER=n, "polite" answers n times, then waits
        // for the iteration's timeout, so the run cannot end before the kill.
        var hangAfter = int.TryParse(Environment.GetEnvironmentVariable("AGENTGYM_FIXTURE_HANG_AFTER"), out var n) ? n : int.MaxValue;
        var calls = 0;
        builder.AddAgent("polite", Agent.FromDelegate("polite", async (_, cancellationToken) =>
        {
            if (Interlocked.Increment(ref calls) > hangAfter)
                await Task.Delay(Timeout.Infinite, cancellationToken);
            return new AgentResponse("Your order has been refunded.");
        }));
        builder.AddAgent("terse", Agent.FromDelegate("terse", _ => new AgentResponse("<b>No.</b>")));
    }
}
