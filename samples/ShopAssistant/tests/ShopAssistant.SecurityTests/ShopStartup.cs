using AgentGym.Attributes;
using AgentGym.Hosting;
using Microsoft.Extensions.AI;
using ShopAssistant.Models;
using ShopAssistant.SecurityTests;

[assembly: AgentGymStartup(typeof(ShopStartup))]

namespace ShopAssistant.SecurityTests;

/// <summary>Registers the shop assistant: the hardened model behind the real prompt and tools.</summary>
public sealed class ShopStartup : IAgentGymStartup
{
    /// <summary>The agent the security tests probe.</summary>
    public const string Assistant = "shop-assistant";

    public void Configure(AgentGymBuilder builder) => AddAssistant(builder, new HardenedModel());

    /// <summary>Registers the assistant over a model: the hardened one here, a weak one in WeakModelsAreCaught.</summary>
    public static AgentGymBuilder AddAssistant(AgentGymBuilder builder, IChatClient model) =>
        builder.AddAgent(Assistant, model, new ChatOptions { Tools = ShopTools.All }, ShopPrompt.Instructions);
}
