using AgentGym.Agents;
using AgentGym.Definitions;
using AgentGym.Results;
using AgentGym.Sdk;
using BenchmarkDotNet.Attributes;

namespace AgentGym.Benchmarks.Performance;

/// <summary>
/// How late a timeout is reported when agents block their threads: 16 tests whose agent calls <c>Thread.Sleep(60000)</c>
/// under a 1 s timeout, and one quick test, run at once. The run ends when the last timeout is reported, so the mean
/// minus 1 s is the margin of the latest timeout (docs/writing-tests.md has the figures).
/// </summary>
// In process: the engine under measure is the one the tests run, and blocked threads stay in this process.
[InProcess]
[WarmupCount(1)]
[IterationCount(5)]
[InvocationCount(1)]
public class TimeoutMarginBenchmarks
{
    private AgentGymRuntime? _runtime;
    private List<AgentTestDefinition> _tests = [];

    [Params(16)]
    public int BlockingAgents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _runtime = AgentGymRuntime.Create(b => b
            .AddAgent("blocker", Agent.FromDelegate("blocker", _ =>
            {
                Thread.Sleep(60_000);
                return new AgentResponse("late");
            }))
            .AddAgent("quick", Agent.FromDelegate("quick", _ => new AgentResponse("done"))));
        _tests = [.. Enumerable.Range(1, BlockingAgents).Select(i => Test($"blocks{i}", "blocker", 1)), Test("quick", "quick", 30)];
    }

    [GlobalCleanup]
    public void Cleanup() => _runtime?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "16 blocking agents, 1 s timeout: time to the last result")]
    public async Task RunBlockingAgents()
    {
        var runs = await new AgentTestEngine(_runtime!).RunAsync(_tests);
        if (runs.Count(r => r.Status == AgentTestStatus.Timeout) != BlockingAgents || runs.Single(r => r.AgentName == "quick").Status != AgentTestStatus.Passed)
            throw new InvalidOperationException("Expected every blocking test to time out and the quick one to pass.");
    }

    private static AgentTestDefinition Test(string name, string agent, double timeoutSeconds) => new()
    {
        Id = name,
        FullName = name,
        DisplayName = name,
        AgentName = agent,
        Input = new AgentRequest("go"),
        Timeout = TimeSpan.FromSeconds(timeoutSeconds),
    };
}
