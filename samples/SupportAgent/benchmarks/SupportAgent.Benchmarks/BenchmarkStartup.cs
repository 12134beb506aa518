using AgentGym.Attributes;
using AgentGym.Hosting;
using SupportAgent.Benchmarks;

[assembly: AgentGymStartup(typeof(BenchmarkStartup))]

namespace SupportAgent.Benchmarks;

/// <summary>
/// Three simulated candidates: a small model (fast, sometimes forgets to look the order up), a large one (slower, reliable)
/// and a lite agent on the small model that may only look orders up (it cannot refund). Each has seeded randomness, so
/// the distributions are the same from run to run.
/// </summary>
public sealed class BenchmarkStartup : IAgentGymStartup
{
    public const string Small = "support-small";
    public const string Large = "support-large";
    public const string Lite = "support-lite";

    public void Configure(AgentGymBuilder builder)
    {
        var tools = new SupportTools(new RefundableOrders());
        builder.AddAgent(Small, Model(seed: 1, meanMs: 15, spreadMs: 5, forgetRate: 0.15), SupportAgentFactory.Options(tools.All), SupportAgentFactory.Instructions);
        builder.AddAgent(Large, Model(seed: 2, meanMs: 40, spreadMs: 12, forgetRate: 0), SupportAgentFactory.Options(tools.All), SupportAgentFactory.Instructions);
        builder.AddAgent(Lite, Model(seed: 3, meanMs: 12, spreadMs: 4, forgetRate: 0.05), SupportAgentFactory.Options(tools.ReadOnly), SupportAgentFactory.Instructions);

        // Prices per 1,000 tokens, so that the report shows what each agent costs.
        builder.AddMetricCollector(new TokenPriceCollector(new Dictionary<string, double> { [Small] = 0.0005, [Large] = 0.005, [Lite] = 0.0003 }));
    }

    private static SimulatedVariation Model(int seed, double meanMs, double spreadMs, double forgetRate) =>
        new(new SimulatedSupportModel(TimeSpan.Zero), seed, meanMs, spreadMs, forgetRate);
}
