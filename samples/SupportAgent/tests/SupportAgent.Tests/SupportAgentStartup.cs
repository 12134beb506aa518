using AgentGym.Attributes;
using AgentGym.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SupportAgent.Tests;

[assembly: AgentGymStartup(typeof(SupportAgentStartup))]

namespace SupportAgent.Tests;

/// <summary>Registers the agents under test and the services the test classes use.</summary>
public sealed class SupportAgentStartup : IAgentGymStartup
{
    /// <summary>The full support agent: it may look orders up and refund them.</summary>
    public const string Support = "support";

    /// <summary>A cheaper variant that may only look orders up.</summary>
    public const string SupportLite = "support-lite";

    public void Configure(AgentGymBuilder builder)
    {
        var orders = new InMemoryOrderDatabase();
        var tools = new SupportTools(orders);
        builder.Services.AddSingleton<IOrderDatabase>(orders);

        // The simulated model answers in about 20 ms; swap in any IChatClient (OpenAI, Azure OpenAI, Ollama) for the real thing.
        var model = new SimulatedSupportModel(TimeSpan.FromMilliseconds(20));
        builder.AddAgent(Support, model, SupportAgentFactory.Options(tools.All), SupportAgentFactory.Instructions);
        builder.AddAgent(SupportLite, model, SupportAgentFactory.Options(tools.ReadOnly), SupportAgentFactory.Instructions);

        // The judge of [JudgedBy] tests and 'judge' rules; register any IChatClient (a stronger model than the agent's) here.
        builder.AddJudge(new SimulatedJudge());
    }
}
