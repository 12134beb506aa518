using System.Text.Json;
using AgentGym.Agents;
using AgentGym.Benchmarks.Running;
using AgentGym.Benchmarks.Tests.Fakes;

namespace AgentGym.Benchmarks.Tests.Running;

public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelled_run_stops_early_and_still_writes_the_report_of_what_ran()
    {
        using var harness = new RunnerHarness();
        using var cancellation = new CancellationTokenSource();
        var calls = 0;
        var stopper = Agent.FromDelegate("stopper", (_, _) =>
        {
            if (Interlocked.Increment(ref calls) == 10)
                cancellation.Cancel();
            return Task.FromResult(new AgentResponse("done"));
        });

        var run = await AgentBenchmarkRunner.RunAsync(typeof(LongBenchmark), harness.Config.WithStartup(b => b.AddAgent("stopper", stopper)), cancellation.Token);

        Assert.True(run.WasCancelled);
        Assert.InRange(run.Iterations.Count, 1, 49);
        Assert.Equal(50, run.PlannedIterations);
        Assert.Equal(4, run.Artifacts.Count);
        Assert.All(run.Artifacts, path => Assert.True(File.Exists(path), path));
        using var json = JsonDocument.Parse(File.ReadAllText(run.Artifacts.Single(p => p.EndsWith("-report-full.json", StringComparison.Ordinal))));
        Assert.True(json.RootElement.GetProperty("wasCancelled").GetBoolean());
        Assert.Equal(run.Iterations.Count, json.RootElement.GetProperty("iterations").GetArrayLength());
    }
}
