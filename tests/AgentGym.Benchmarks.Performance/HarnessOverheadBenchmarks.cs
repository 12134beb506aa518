using AgentGym.Agents;
using AgentGym.Benchmarks.Configs;
using AgentGym.Benchmarks.Running;
using AgentGym.Configuration;
using BenchmarkDotNet.Attributes;

namespace AgentGym.Benchmarks.Performance;

/// <summary>
/// What the harness costs per iteration: scheduling 10,000 iterations of an agent that answers at once, through the engine's
/// attempt (metrics scope, timeout, validators) and the statistics. Divide the mean by 10,000 for the per-iteration overhead.
/// With <see cref="Recorded"/>, each iteration is also written to a SQLite results store as it ends (what lets a stopped
/// run resume); without, recording is off.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class HarnessOverheadBenchmarks
{
    private const int Iterations = 10_000;
    private AgentBenchmarkConfig _config = AgentBenchmarkConfig.Default;

    private string _folder = string.Empty;

    [Params(1, 8)]
    public int MaxParallelism { get; set; }

    [Params(false, true)]
    public bool Recorded { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var instant = Agent.FromDelegate("instant", _ => InstantAgentBenchmark.Answer);
        _folder = Directory.CreateTempSubdirectory("agentgym-harness-").FullName;
        _config = AgentBenchmarkConfig.Default
            .WithOptions(new AgentGymOptions { Store = Recorded ? Path.Combine(_folder, "results.db") : "off" })
            .WithStartup(b => b.AddAgent("instant", instant))
            .WithIterations(Iterations)
            .WithWarmupIterations(0)
            .WithMaxParallelism(MaxParallelism)
            .WithExporters()
            .WithOutput(null);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "10,000 iterations, no reports")]
    public async Task Schedule10000Iterations()
    {
        var run = await AgentBenchmarkRunner.RunAsync(typeof(InstantAgentBenchmark), _config);
        // A harness that skipped work would look fast: make sure every iteration ran and passed.
        if (run.Iterations.Count != Iterations || run.Iterations.Any(i => !i.Succeeded))
            throw new InvalidOperationException($"Expected {Iterations} passed iterations, got {run.Iterations.Count(i => i.Succeeded)} of {run.Iterations.Count}.");
    }
}
