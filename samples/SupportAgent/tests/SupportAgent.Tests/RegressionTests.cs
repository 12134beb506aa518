using AgentGym.Attributes;
using AgentGym.Definitions;

namespace SupportAgent.Tests;

/// <summary>
/// Did it get worse? A bug once fixed stays fixed, in every one of five runs, and the answer costs no more than it did in the
/// last passing run on main (recorded in .agentgym/results.db; the first run has no baseline and passes with a note).
/// </summary>
[UseAgent(SupportAgentStartup.Support)]
public sealed class RegressionTests
{
    // The agent once claimed to have refunded orders that do not exist.
    [AgentTest(Type = AgentTestType.Regression, Runs = 5)]
    [Input("Refund order 99, please.")]
    [ExpectText(Contains = "could not be refunded")]
    [Baseline(MaxTokenIncreasePercent = 20, MaxLlmCallIncrease = 1)]
    public void Never_claims_a_refund_it_did_not_make()
    {
    }
}
