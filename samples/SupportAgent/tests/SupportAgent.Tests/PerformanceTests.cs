using AgentGym.Attributes;
using AgentGym.Definitions;

namespace SupportAgent.Tests;

/// <summary>Fast and cheap enough? A performance test runs several times and its budget judges the distribution.</summary>
[UseAgent(SupportAgentStartup.Support)]
public sealed class PerformanceTests
{
    // Ten runs; p95 duration under 5 s, median under 2 s, mean tokens under 600. The simulated model answers in about 50 ms:
    // the duration limits catch a hang or a loop, with room for a CI machine that runs many suites at once (which has
    // stretched the p95 to about 1 s). Tokens do not depend on the machine, so their limit stays tight.
    [AgentTest(Type = AgentTestType.Performance, Runs = 10)]
    [Input("Where is order 45?")]
    [Budget(MaxDurationMs = 5000, MaxMedianDurationMs = 2000, MaxTokens = 600)]
    public void Status_question_stays_within_budget()
    {
    }
}
