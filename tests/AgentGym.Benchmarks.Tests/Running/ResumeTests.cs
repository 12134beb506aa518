using AgentGym.Agents;
using AgentGym.Benchmarks.Running;
using AgentGym.Benchmarks.Tests.Fakes;
using AgentGym.Configuration;
using AgentGym.Sdk;

namespace AgentGym.Benchmarks.Tests.Running;

/// <summary>A benchmark stopped half way resumes from the results store: the iterations recorded there are not run again and each counts once.</summary>
public sealed class ResumeTests : IDisposable
{
    private readonly RunnerHarness _harness = new();
    private readonly string _store;

    public ResumeTests() => _store = Path.Combine(_harness.Artifacts, "results.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _harness.Dispose();
    }

    [Fact]
    public async Task A_run_stopped_half_way_resumes_and_counts_each_iteration_once()
    {
        var stopped = await RunStoppedAtCallAsync(20);
        var stoppedRun = LastRunId();
        var counting = new CountingAgent("stopper", _ => "done");

        var resumed = await AgentBenchmarkRunner.RunAsync(typeof(LongBenchmark), Config(counting).WithResume());

        Assert.True(stopped.WasCancelled);
        Assert.InRange(stopped.Iterations.Count, 1, 49);
        Assert.False(resumed.WasCancelled);
        Assert.Equal(new Results.BenchmarkResume(stoppedRun, stopped.Iterations.Count), resumed.Resumed);
        Assert.Equal(50 - stopped.Iterations.Count, counting.Calls);
        Assert.Equal(50, resumed.Iterations.Count);
        Assert.Equal(Enumerable.Range(1, 50), resumed.Iterations.Select(i => i.Iteration).Order());
        Assert.Contains($"// RESUMED from run {stoppedRun}: {stopped.Iterations.Count} of 50 iterations were taken from the store", SummaryText.Header(resumed), StringComparison.Ordinal);
        using var store = SqliteResultStore.OpenExisting(_store);
        var recorded = Assert.Single(store.GetBenchmarkRuns(LastRunId())).Record;
        Assert.Equal((50, false), (recorded.Iterations, recorded.WasCancelled));
    }

    [Fact]
    public async Task A_resumed_run_that_is_stopped_again_resumes_from_everything_recorded_so_far()
    {
        var first = await RunStoppedAtCallAsync(10);
        var second = await RunStoppedAtCallAsync(15, resume: true);
        var counting = new CountingAgent("stopper", _ => "done");

        var third = await AgentBenchmarkRunner.RunAsync(typeof(LongBenchmark), Config(counting).WithResume());

        Assert.Equal(first.Iterations.Count, second.Resumed?.Iterations);
        Assert.Equal(second.Iterations.Count, third.Resumed?.Iterations);
        Assert.Equal(50 - second.Iterations.Count, counting.Calls);
        Assert.Equal(50, third.Iterations.DistinctBy(i => (i.Agent, i.Task, i.Iteration)).Count());
    }

    [Fact]
    public async Task A_run_that_finished_is_not_resumed()
    {
        await AgentBenchmarkRunner.RunAsync(typeof(LongBenchmark), Config(new CountingAgent("stopper", _ => "done")));
        var counting = new CountingAgent("stopper", _ => "done");
        var output = new StringWriter();

        var run = await AgentBenchmarkRunner.RunAsync(typeof(LongBenchmark), Config(counting).WithResume().WithOutput(output));

        Assert.Null(run.Resumed);
        Assert.Equal(50, counting.Calls);
        Assert.Contains("ran to its end; every iteration runs", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stopped_run_of_another_plan_is_not_resumed()
    {
        await RunStoppedAtCallAsync(10);
        var counting = new CountingAgent("stopper", _ => "done");
        var output = new StringWriter();

        var run = await AgentBenchmarkRunner.RunAsync(typeof(LongBenchmark), Config(counting).WithIterations(30).WithResume().WithOutput(output));

        Assert.Null(run.Resumed);
        Assert.Equal(30, counting.Calls);
        Assert.Contains("it ran another plan (agents: stopper; tasks: Ask; iterations: 50)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_resume_a_stopped_run_is_left_alone_and_every_iteration_runs()
    {
        await RunStoppedAtCallAsync(10);
        var counting = new CountingAgent("stopper", _ => "done");

        var run = await AgentBenchmarkRunner.RunAsync(typeof(LongBenchmark), Config(counting));

        Assert.Null(run.Resumed);
        Assert.Equal(50, counting.Calls);
    }

    [Fact]
    public async Task The_switcher_resumes_when_given_resume()
    {
        var stopped = await RunStoppedAtCallAsync(10);
        var counting = new CountingAgent("stopper", _ => "done");

        var result = await AgentBenchmarkSwitcher.FromTypes(typeof(LongBenchmark)).RunAsync(["--resume"], Config(counting));

        Assert.Equal(AgentBenchmarkExitCodes.Success, result.ExitCode);
        Assert.Equal(stopped.Iterations.Count, Assert.Single(result.Runs).Resumed?.Iterations);
        Assert.Equal(50 - stopped.Iterations.Count, counting.Calls);
    }

    private async Task<Results.AgentBenchmarkRun> RunStoppedAtCallAsync(int call, bool resume = false)
    {
        using var cancellation = new CancellationTokenSource();
        var calls = 0;
        var stopper = Agent.FromDelegate("stopper", (_, _) =>
        {
            if (Interlocked.Increment(ref calls) == call)
                cancellation.Cancel();
            return Task.FromResult(new AgentResponse("done"));
        });
        var config = Config(stopper);
        return await AgentBenchmarkRunner.RunAsync(typeof(LongBenchmark), resume ? config.WithResume() : config, cancellation.Token);
    }

    private Configs.AgentBenchmarkConfig Config(IAgent agent) =>
        _harness.Config.WithStartup(b => b.AddAgent("stopper", agent)).WithOptions(new AgentGymOptions { Store = _store });

    private long LastRunId()
    {
        using var store = SqliteResultStore.OpenExisting(_store);
        return store.ListRuns(new AgentGym.Sdk.RunQuery { Limit = 1 }).Single().Id;
    }
}
