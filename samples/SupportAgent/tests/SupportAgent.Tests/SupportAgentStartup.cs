using AgentGym.Attributes;
using AgentGym.Hosting;
using AgentGym.Recording;
using Microsoft.Extensions.AI;
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

    /// <summary>The full support agent over a recorded model: its tests replay Cassettes/support-recorded.cassette.json.</summary>
    public const string SupportRecorded = "support-recorded";

    public void Configure(AgentGymBuilder builder)
    {
        // Each test meets the shop as it was seeded, whatever other tests refunded (see PerTestOrderDatabase).
        var orders = new PerTestOrderDatabase();
        var tools = new SupportTools(orders);
        builder.Services.AddSingleton<IOrderDatabase>(orders);

        // The simulated model answers in about 20 ms; swap in any IChatClient (OpenAI, Azure OpenAI, Ollama) for the real thing.
        var model = new SimulatedSupportModel(TimeSpan.FromMilliseconds(20));
        builder.AddAgent(Support, model, SupportAgentFactory.Options(tools.All), SupportAgentFactory.Instructions);
        builder.AddAgent(SupportLite, model, SupportAgentFactory.Options(tools.ReadOnly), SupportAgentFactory.Instructions);

        // The same agent with its model calls recorded: agentgym.runsettings sets RecordMode to Replay, so these tests answer
        // from the committed cassette, offline, free and the same on every run. With a real model client in place of the
        // simulated one, record again after changing the prompt or the tools: dotnet test -- AgentGym.RecordMode=Record
        var recordedModel = new ChatClientBuilder(model).UseAgentGymRecording(builder.Options, SupportRecorded).Build();
        builder.AddAgent(SupportRecorded, recordedModel, SupportAgentFactory.Options(tools.All), SupportAgentFactory.Instructions);

        // The judge of [JudgedBy] tests and 'judge' rules; register any IChatClient (a stronger model than the agent's) here.
        builder.AddJudge(new SimulatedJudge());

        // The model that plays the customer in [SimulatedUser] tests, recorded like the agent's model so that they replay offline.
        builder.AddUserSimulator(new ChatClientBuilder(new SimulatedCustomer()).UseAgentGymRecording(builder.Options, "customer-simulator").Build());
    }
}
