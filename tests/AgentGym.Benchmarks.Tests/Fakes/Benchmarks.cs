using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Benchmarks.Attributes;

namespace AgentGym.Benchmarks.Tests.Fakes;

[AgentBenchmark(Iterations = 5, WarmupIterations = 2, MaxParallelism = 3)]
public class RefundBenchmark
{
    public static int Setups;
    public static int Cleanups;

    [AgentParams("good", "bad", Baseline = "bad")]
    public IAgent Agent { get; set; } = default!;

    [GlobalSetup]
    public void Setup() => Interlocked.Increment(ref Setups);

    [GlobalCleanup]
    public Task CleanupAsync()
    {
        Interlocked.Increment(ref Cleanups);
        return Task.CompletedTask;
    }

    [BenchmarkTask, MatchesRegex("refund(ed)?")]
    public Task<AgentResponse> Refund() => Agent.RunAsync(new AgentRequest("Refund order 42"));

    [BenchmarkTask(Description = "Status"), MatchesRegex("refund(ed)?")]
    public Task<AgentResponse> StatusQuestion(CancellationToken cancellationToken) => Agent.RunAsync(new AgentRequest("Where is order 45?"), cancellationToken);
}

[AgentBenchmark(Iterations = 2, WarmupIterations = 0)]
public class DatasetBenchmark
{
    [AgentParams("good")]
    public IAgent Agent { get; set; } = default!;

    [BenchmarkTask, TasksFrom("Data/tasks.jsonl")]
    public Task<AgentResponse> FromDataset(AgentRequest task) => Agent.RunAsync(task);
}

[AgentBenchmark(Iterations = 1)]
public class BrokenFileBenchmark
{
    [AgentParams("good")]
    public IAgent Agent { get; set; } = default!;

    [BenchmarkTask, TasksFrom("Data/broken.jsonl")]
    public Task<AgentResponse> FromDataset(AgentRequest task) => Agent.RunAsync(task);
}

[AgentBenchmark(Iterations = 1)]
public class MisdeclaredBenchmark
{
    public IAgent Agent { get; set; } = default!;

    [BenchmarkTask]
    public string NotAResponse() => "no";
}

[AgentBenchmark(Iterations = 50, WarmupIterations = 0, MaxParallelism = 2)]
public class LongBenchmark
{
    [AgentParams("stopper")]
    public IAgent Agent { get; set; } = default!;

    [BenchmarkTask]
    public Task<AgentResponse> Ask(CancellationToken cancellationToken) => Agent.RunAsync(new AgentRequest("anything"), cancellationToken);
}

[AgentBenchmark(Iterations = 50, WarmupIterations = 0, MaxParallelism = 2)]
public class SecondLongBenchmark
{
    [AgentParams("stopper")]
    public IAgent Agent { get; set; } = default!;

    [BenchmarkTask]
    public Task<AgentResponse> AskAgain(CancellationToken cancellationToken) => Agent.RunAsync(new AgentRequest("anything else"), cancellationToken);
}
