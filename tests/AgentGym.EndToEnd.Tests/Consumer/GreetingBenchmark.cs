using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Benchmarks.Attributes;

namespace Consumer;

[AgentBenchmark(Iterations = 3, WarmupIterations = 0)]
public class GreetingBenchmark
{
    [AgentParams("echo", "shout")]
    public IAgent Agent { get; set; } = default!;

    [BenchmarkTask, MatchesRegex("hello", IgnoreCase = true)]
    public Task<AgentResponse> Greets() => Agent.RunAsync(new AgentRequest("hello"));
}
