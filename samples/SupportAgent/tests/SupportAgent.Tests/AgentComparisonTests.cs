using AgentGym.Attributes;

namespace SupportAgent.Tests;

/// <summary>The same tests against both agents: one test case per agent.</summary>
[UseAgents(SupportAgentStartup.Support, SupportAgentStartup.SupportLite)]
public sealed class AgentComparisonTests
{
    [AgentTest]
    [Input("What is the status of order 44?")]
    [ExpectToolCall(SupportTools.LookupOrder)]
    [ExpectText(Contains = "processing")]
    public void Looks_the_order_up()
    {
    }

    // support-lite has no refund tool, so its case is skipped with the reason.
    [AgentTest]
    [RequiresTools(SupportTools.RefundOrder)]
    [Input("I want a refund for order 43.")]
    [ExpectText(Contains = "has been refunded")]
    public void Refunds_when_it_has_the_tool()
    {
    }
}
