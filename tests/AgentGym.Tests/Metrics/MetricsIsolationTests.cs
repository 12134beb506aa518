using AgentGym.Agents;
using AgentGym.Configuration;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Tests.Fakes;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Metrics;

/// <summary>
/// Many tests share one agent and run at once; each test's plan differs in calls and tokens, and every test's first model
/// call waits until all of them are inside theirs, so their metrics scopes surely overlap.
/// </summary>
public sealed class MetricsIsolationTests
{
    private const int Tests = 50;

    private static readonly AgentGymOptions AllAtOnce = new() { MaxConcurrency = Tests, DefaultTimeout = TimeSpan.FromSeconds(30) };

    private static readonly CallPlan[] Plans =
        [.. Enumerable.Range(0, Tests).Select(i => new CallPlan(Calls: 2 + (i % 5), InputTokens: 100 + i, OutputTokens: 10 + (i * 3)))];

    [Fact]
    public async Task Concurrent_tests_each_count_only_their_own_calls_through_the_chat_client()
    {
        var model = new PlannedChatClient(new Rendezvous(Tests));
        var agent = new ChatClientAgent("planned", model, new ChatOptions { Tools = [PlannedChatClient.StepTool] });

        var runs = await RunAllAsync(agent);

        Assert.All(runs, run => Assert.Equal(MetricSource.ChatClient, run.Metrics.Source));
        Assert.Equal(Expected(), Measured(runs));
    }

    [Fact]
    public async Task Concurrent_tests_each_count_only_their_own_calls_through_telemetry()
    {
        var model = new PlannedChatClient(new Rendezvous(Tests));
        var agent = SelfInstrumentedAgent.Create("planned", _ => model, [PlannedChatClient.StepTool]);

        var runs = await RunAllAsync(agent);

        Assert.All(runs, run => Assert.Equal(MetricSource.Telemetry, run.Metrics.Source));
        Assert.Equal(Expected(), Measured(runs));
    }

    private static async Task<IReadOnlyList<AgentTestRun>> RunAllAsync(IAgent agent)
    {
        var tests = Plans.Select((plan, i) => Gym.InputTest($"test-{i}", plan.ToString()));
        var runs = await Gym.RunAsync(tests, b => b.AddAgent("planned", agent), AllAtOnce);
        Assert.All(runs, run => Assert.Equal(AgentTestStatus.Passed, run.Status));
        return runs;
    }

    private static List<(int? LlmCalls, long? InputTokens, long? OutputTokens, int? ToolCalls)> Expected() =>
        [.. Plans.Select(p => (p.Calls, p.TotalInputTokens, p.TotalOutputTokens, p.ToolCalls))];

    private static List<(int? LlmCalls, long? InputTokens, long? OutputTokens, int? ToolCalls)> Measured(IEnumerable<AgentTestRun> runs) =>
        [.. runs.Select(r => (r.Metrics.LlmCalls, r.Metrics.InputTokens, r.Metrics.OutputTokens, r.Metrics.ToolCalls))];
}
