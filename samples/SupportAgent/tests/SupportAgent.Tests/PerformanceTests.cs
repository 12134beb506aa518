using AgentGym.Attributes;
using AgentGym.Definitions;

namespace SupportAgent.Tests;

/// <summary>Fast and cheap enough? A performance test runs several times and its budget judges the distribution.</summary>
[UseAgent(SupportAgentStartup.Support)]
public sealed class PerformanceTests
{
    // Ten runs; p95 duration under 1 s, median under 500 ms, mean tokens under 600.
    [AgentTest(Type = AgentTestType.Performance, Runs = 10)]
    [Input("Where is order 45?")]
    [Budget(MaxDurationMs = 1000, MaxMedianDurationMs = 500, MaxTokens = 600)]
    public void Status_question_stays_within_budget()
    {
    }
}
