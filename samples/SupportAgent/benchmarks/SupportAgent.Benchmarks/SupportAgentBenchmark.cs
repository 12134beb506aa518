using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Benchmarks.Attributes;

namespace SupportAgent.Benchmarks;

/// <summary>Which of three support agents should go to production? Each runs every task 20 times.</summary>
[AgentBenchmark(Iterations = 20, WarmupIterations = 1, MaxParallelism = 8)]
public class SupportAgentBenchmark
{
    [AgentParams(BenchmarkStartup.Small, BenchmarkStartup.Large, BenchmarkStartup.Lite, Baseline = BenchmarkStartup.Small)]
    public IAgent Agent { get; set; } = default!;

    [BenchmarkTask, MatchesRegex("has been refunded")]
    public Task<AgentResponse> Refund() => Agent.RunAsync(new AgentRequest("Please refund order 42, it arrived broken."));

    [BenchmarkTask, ExpectOutput("""{"status":"shipped"}""")]
    public Task<AgentResponse> OrderStatus() => Agent.RunAsync(new AgentRequest("Where is order 45?"));

    [BenchmarkTask, TasksFrom("data/tasks.jsonl")]
    public Task<AgentResponse> FromDataset(AgentRequest task) => Agent.RunAsync(task);
}
