using AgentGym.Agents;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Tests.Fakes;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Metrics;

public sealed class MetricCollectorTests
{
    private const double DollarsPerToken = 0.002;

    [Fact]
    public async Task Registered_collector_adds_its_figure_to_the_run_metrics()
    {
        var run = await RunCalculatorAsync(new TokenCost());

        Assert.Equal(248 * DollarsPerToken, run.Metrics.Custom["cost_usd"], precision: 9);
    }

    [Fact]
    public async Task Collector_sees_the_test_and_agent_it_measures()
    {
        var collector = new TokenCost();

        await RunCalculatorAsync(collector);

        Assert.Equal(("AskOnce.Asks(\"What is 2 + 3?\")", "calculator"), collector.Seen);
    }

    private static Task<AgentTestRun> RunCalculatorAsync(IMetricCollector collector)
    {
        var agent = new ChatClientAgent("calculator", new ScriptedChatClient(Calculator.Replies()), new ChatOptions { Tools = [Calculator.AddTool()] });
        return Gym.RunAsync<AskOnce>(b => b.AddAgent("calculator", agent).AddMetricCollector(collector));
    }

    private sealed class TokenCost : IMetricCollector
    {
        public (string Test, string? Agent) Seen { get; private set; }

        public void Collect(MetricCollectionContext context)
        {
            Seen = (context.TestName, context.AgentName);
            context.Add("cost_usd", (context.Metrics.TotalTokens ?? 0) * DollarsPerToken);
        }
    }
}
