using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Definitions;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Tests.Support;

namespace AgentGym.Tests.Execution;

public sealed class EngineRobustnessTests
{
    public sealed class Overloads
    {
        [AgentTest]
        public void Check()
        {
        }

        [AgentTest]
        public void Check(IAgent agent) => Assert.NotNull(agent);
    }

    [Fact]
    public void Overloaded_tests_get_distinct_ids()
    {
        var ids = AttributeTestDiscoverer.Discover(typeof(Overloads)).Select(t => t.Id).ToList();

        Assert.Equal(2, ids.Distinct().Count());
    }

    public sealed class OneInput
    {
        [AgentTest, Input("hi")]
        public void Runs()
        {
        }
    }

    private sealed class ThrowingCollector : IMetricCollector
    {
        public void Collect(MetricCollectionContext context) => throw new InvalidOperationException("price list missing");
    }

    [Fact]
    public async Task A_throwing_metric_collector_is_an_error_of_that_test_and_the_run_goes_on()
    {
        var runs = await EngineHarness.RunAsync<OneInput>(b => b
            .AddAgent("a", Agent.FromDelegate("a", r => new AgentResponse("ok")))
            .AddMetricCollector(new ThrowingCollector()));

        var run = Assert.Single(runs);
        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("price list missing", run.Error!.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ThrowingCollector), run.Error.Message, StringComparison.Ordinal);
    }

    public sealed class PerformanceOnce
    {
        [AgentTest(Type = AgentTestType.Performance, Runs = 1), Input("hi")]
        public void Once()
        {
        }

        [AgentTest(Type = AgentTestType.Performance), Input("hi")]
        public void Default()
        {
        }
    }

    [Fact]
    public async Task A_performance_test_runs_as_often_as_it_says_and_ten_times_by_default()
    {
        var runs = await EngineHarness.RunAsync<PerformanceOnce>(b => b.AddAgent("a", Agent.FromDelegate("a", r => new AgentResponse("ok"))));

        Assert.Single(runs.Single(r => r.Test.FullName.EndsWith(".Once", StringComparison.Ordinal)).Attempts);
        Assert.Equal(AgentTestDefinition.DefaultPerformanceRuns, runs.Single(r => r.Test.FullName.EndsWith(".Default", StringComparison.Ordinal)).Attempts.Count);
    }
}
