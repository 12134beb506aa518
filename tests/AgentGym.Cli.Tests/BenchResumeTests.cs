using System.Diagnostics;
using System.Reflection;
using AgentGym.Sdk;

namespace AgentGym.Cli.Tests;

/// <summary>A benchmark process killed half way resumes from the store with <c>agentgym bench --resume</c>, counting each iteration once.</summary>
public sealed class BenchResumeTests : IDisposable
{
    private const string Benchmark = "AgentGym.TestAdapter.Fixtures.Benchmarks.RefundBenchmark";
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);
    private readonly CliDriver _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string Configuration => typeof(BenchResumeTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static string Repository => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));

    private static string FixtureAssembly =>
        Path.Combine(Repository, "tests", "AgentGym.TestAdapter.Fixtures.Benchmarks", "bin", Configuration, "net10.0", "AgentGym.TestAdapter.Fixtures.Benchmarks.dll");

    [Fact]
    public async Task A_benchmark_killed_half_way_resumes_and_counts_each_iteration_once()
    {
        // 40 iterations of two agents; "polite" stops answering after 10, so the process is still running when it is killed.
        string[] bench = ["bench", FixtureAssembly, "--filter", "*RefundBenchmark*", "--iterations", "40", "--store", _cli.StorePath];
        using (var killed = StartCli([.. bench, "--artifacts", _cli.File("killed")], ("AGENTGYM_FIXTURE_HANG_AFTER", "10")))
        {
            try
            {
                await WaitUntilRecordedAsync(10, killed);
            }
            finally
            {
                killed.Kill(entireProcessTree: true);
                await killed.WaitForExitAsync().WaitAsync(Bound);
            }
        }
        var recorded = Progress()!.Iterations.Count;

        var (exit, output) = _cli.Run([.. bench, "--artifacts", _cli.File("resumed"), "--resume"]);

        Assert.True(exit == 0, output);
        Assert.InRange(recorded, 10, 79);
        Assert.Contains($"// RESUMED from run 1: {recorded} of 80 iterations were taken from the store as recorded there; {80 - recorded} ran now.", output, StringComparison.Ordinal);
        using var store = SqliteResultStore.OpenExisting(_cli.StorePath);
        var runs = store.ListRuns(new RunQuery());
        Assert.Equal([2L, 1L], runs.Select(r => r.Id));
        Assert.Null(runs[1].CompletedAt);
        var result = Assert.Single(store.GetBenchmarkRuns(2)).Record;
        Assert.Equal((80, false), (result.Iterations, result.WasCancelled));
        var resumed = store.GetLastBenchmarkProgress(Benchmark)!;
        Assert.Equal(80, resumed.Iterations.Select(i => (i.Agent, i.Task, i.Iteration)).Distinct().Count());
    }

    private BenchmarkProgress? Progress()
    {
        if (!File.Exists(_cli.StorePath))
            return null;
        using var store = SqliteResultStore.OpenExisting(_cli.StorePath);
        return store.GetLastBenchmarkProgress(Benchmark);
    }

    // Waits, within a bound, for the running benchmark to have recorded some iterations.
    private async Task WaitUntilRecordedAsync(int count, Process process)
    {
        var clock = Stopwatch.StartNew();
        while ((Progress()?.Iterations.Count ?? 0) < count)
        {
            Assert.False(process.HasExited, "The benchmark process ended before it was killed.");
            Assert.True(clock.Elapsed < Bound, $"The benchmark recorded fewer than {count} iterations in {Bound}.");
            await Task.Delay(100);
        }
    }

    private static Process StartCli(string[] arguments, params (string Name, string Value)[] environment)
    {
        var cli = Path.Combine(Repository, "src", "AgentGym.Cli", "bin", Configuration, "net10.0", "AgentGym.Cli.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        var process = Process.Start(start)!;
        // Drained so that the child never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
