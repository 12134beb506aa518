using AgentGym.Benchmarks.Running;
using AgentGym.Benchmarks.Tests.Fakes;
using AgentGym.Results;

namespace AgentGym.Benchmarks.Tests.Running;

[Collection(nameof(RefundBenchmark))]
public sealed class RunnerTests
{
    [Fact]
    public async Task Every_agent_runs_every_task_for_the_counted_iterations_and_warm_up_is_not_counted()
    {
        using var harness = new RunnerHarness();

        var run = await AgentBenchmarkRunner.RunAsync(typeof(RefundBenchmark), harness.Config);

        Assert.Equal(["Refund", "Status"], run.Tasks);
        Assert.Equal(2 * 2 * 5, run.Iterations.Count);
        Assert.False(run.WasCancelled);
        Assert.Equal((5 + 2) * 2, harness.Good.Calls);
        Assert.Equal((5 + 2) * 2, harness.Bad.Calls);
    }

    [Fact]
    public async Task Validators_decide_success_through_the_engine()
    {
        using var harness = new RunnerHarness();

        var run = await AgentBenchmarkRunner.RunAsync(typeof(RefundBenchmark), harness.Config);

        var good = run.TaskStatistics.Single(s => s.Agent == "good" && s.Task == "Refund");
        var bad = run.TaskStatistics.Single(s => s.Agent == "bad" && s.Task == "Refund");
        Assert.Equal(1, good.Success.Rate);
        Assert.Equal(0, bad.Success.Rate);
        Assert.All(run.Iterations.Where(i => i.Agent == "bad"), i => Assert.Equal(AgentTestStatus.Failed, i.Status));
        Assert.Contains(run.Iterations, i => i.Error?.Message.Contains("MatchesRegex", StringComparison.Ordinal) == true);
        Assert.Equal("good", run.Ranking[0]);
    }

    [Fact]
    public async Task Metrics_come_from_the_engine_attempt()
    {
        using var harness = new RunnerHarness();

        var run = await AgentBenchmarkRunner.RunAsync(typeof(RefundBenchmark), harness.Config);

        Assert.All(run.Iterations, i => Assert.True(i.Metrics.TotalTokens > 10));
        Assert.Equal(10, run.AgentStatistics.Single(s => s.Agent == "bad").InputTokens.Mean);
    }

    [Fact]
    public async Task No_more_iterations_run_at_once_than_max_parallelism()
    {
        using var harness = new RunnerHarness();

        await AgentBenchmarkRunner.RunAsync(typeof(RefundBenchmark), harness.Config.WithIterations(30));

        Assert.InRange(harness.Good.MaxRunning + harness.Bad.MaxRunning, 1, 2 * 3);
        Assert.InRange(harness.Good.MaxRunning, 1, 3);
    }

    [Fact]
    public async Task Rate_limiter_of_an_agent_holds_back_its_calls()
    {
        using var harness = new RunnerHarness();
        using var oneAtATime = new System.Threading.RateLimiting.ConcurrencyLimiter(new() { PermitLimit = 1, QueueLimit = 1000 });

        var run = await AgentBenchmarkRunner.RunAsync(typeof(RefundBenchmark), harness.Config.WithIterations(30).WithRateLimiter("good", oneAtATime));

        Assert.Equal(1, harness.Good.MaxRunning);
        Assert.All(run.Iterations.Where(i => i.Agent == "good" && i.Task == "Refund"), i => Assert.True(i.Succeeded, i.Error?.Message));
    }

    [Fact]
    public async Task Global_setup_and_cleanup_run_once_per_agent()
    {
        using var harness = new RunnerHarness();
        var setups = RefundBenchmark.Setups;
        var cleanups = RefundBenchmark.Cleanups;

        await AgentBenchmarkRunner.RunAsync(typeof(RefundBenchmark), harness.Config);

        Assert.Equal(setups + 2, RefundBenchmark.Setups);
        Assert.Equal(cleanups + 2, RefundBenchmark.Cleanups);
    }

    [Fact]
    public async Task Filter_runs_part_of_a_class()
    {
        using var harness = new RunnerHarness();

        var run = await AgentBenchmarkRunner.RunAsync(typeof(RefundBenchmark), harness.Config.WithFilter("RefundBenchmark.Stat*"));

        Assert.Equal(["Status"], run.Tasks);
        Assert.All(run.Iterations, i => Assert.Equal("Status", i.Task));
    }

    [Fact]
    public async Task Config_overrides_the_attribute()
    {
        using var harness = new RunnerHarness();

        var run = await AgentBenchmarkRunner.RunAsync(typeof(RefundBenchmark), harness.Config.WithIterations(1).WithWarmupIterations(0).WithMaxParallelism(1));

        Assert.Equal(4, run.Iterations.Count);
        Assert.Equal(2, harness.Good.Calls);
        Assert.Equal(1, run.Settings.MaxParallelism);
    }

    [Fact]
    public async Task Unknown_agent_is_reported_with_the_registered_ones()
    {
        using var harness = new RunnerHarness();

        var error = await Assert.ThrowsAsync<AgentBenchmarkDefinitionException>(() =>
            AgentBenchmarkRunner.RunAsync(typeof(RefundBenchmark), harness.Config.WithStartup(b => b.AddAgent("good", harness.Good))));

        Assert.Contains("'bad' is not registered", error.Message, StringComparison.Ordinal);
        Assert.Contains("good", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Misdeclared_benchmark_says_everything_that_is_wrong()
    {
        using var harness = new RunnerHarness();

        var error = await Assert.ThrowsAsync<AgentBenchmarkDefinitionException>(() => AgentBenchmarkRunner.RunAsync(typeof(MisdeclaredBenchmark), harness.Config));

        Assert.Contains("exactly one property with [AgentParams]", error.Message, StringComparison.Ordinal);
        Assert.Contains("NotAResponse must return Task<AgentResponse>", error.Message, StringComparison.Ordinal);
        Assert.Contains("Benchmarks.cs:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Switcher_finds_the_benchmark_classes_of_an_assembly()
    {
        var switcher = AgentBenchmarkSwitcher.FromAssembly(typeof(RefundBenchmark).Assembly);

        Assert.Contains(typeof(RefundBenchmark), switcher.Types);
        Assert.Contains(typeof(DatasetBenchmark), switcher.Types);
    }

    [Fact]
    public void Switcher_runs_the_classes_its_filter_selects()
    {
        using var harness = new RunnerHarness();

        var runs = AgentBenchmarkSwitcher.FromTypes(typeof(RefundBenchmark), typeof(DatasetBenchmark))
            .Run(["--filter", "DatasetBenchmark.*", "--iterations", "1"], harness.Config);

        var run = Assert.Single(runs);
        Assert.Equal(typeof(DatasetBenchmark).FullName, run.Title);
        Assert.Equal(2, run.Iterations.Count);
    }
}
