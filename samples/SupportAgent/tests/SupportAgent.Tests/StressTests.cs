using AgentGym.Attributes;
using AgentGym.Definitions;

namespace SupportAgent.Tests;

/// <summary>Does it hold up under load? A stress test fires its calls all at once.</summary>
[UseAgent(SupportAgentStartup.Support)]
public sealed class StressTests
{
    [AgentTest(Type = AgentTestType.Stress, Concurrency = 25, PassThreshold = 0.95)]
    [Input("What is the status of order 44?")]
    [ExpectText(Contains = "processing")]
    public void Twenty_five_customers_at_once()
    {
    }
}
