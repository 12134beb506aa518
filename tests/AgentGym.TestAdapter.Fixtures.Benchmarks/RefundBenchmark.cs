using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Benchmarks.Attributes;

namespace AgentGym.TestAdapter.Fixtures.Benchmarks;

[AgentBenchmark(Iterations = 3, WarmupIterations = 0)]
public class RefundBenchmark
{
    [AgentParams("polite", "terse")]
    public IAgent Agent { get; set; } = default!;

    [BenchmarkTask, MatchesRegex("refunded")]
    public Task<AgentResponse> Refund() => Agent.RunAsync(new AgentRequest("Refund order 42"));
}

[AgentBenchmark]
public class UnknownAgentBenchmark
{
    [AgentParams("nobody")]
    public IAgent Agent { get; set; } = default!;

    [BenchmarkTask]
    public Task<AgentResponse> Ask() => Agent.RunAsync(new AgentRequest("hello"));
}
