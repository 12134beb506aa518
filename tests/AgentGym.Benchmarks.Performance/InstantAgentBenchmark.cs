using AgentGym.Agents;
using AgentGym.Benchmarks.Attributes;

namespace AgentGym.Benchmarks.Performance;

/// <summary>The agent benchmark that the harness benchmark runs: one task, one agent that answers at once.</summary>
[AgentBenchmark(WarmupIterations = 0)]
public class InstantAgentBenchmark
{
    public static readonly AgentResponse Answer = new("done");

    [AgentParams("instant")]
    public IAgent Agent { get; set; } = default!;

    [BenchmarkTask]
    public Task<AgentResponse> Ask() => Agent.RunAsync(new AgentRequest("anything"));
}
