using System.Reflection;
using AgentGym.Sdk;

namespace AgentGym.Cli.Tests;

public sealed class BenchCommandTests : IDisposable
{
    private readonly CliDriver _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string FixtureAssembly
    {
        get
        {
            var configuration = typeof(BenchCommandTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var tests = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));
            return Path.Combine(tests, "AgentGym.TestAdapter.Fixtures.Benchmarks", "bin", configuration, "net10.0", "AgentGym.TestAdapter.Fixtures.Benchmarks.dll");
        }
    }

    private static readonly string[] BenchmarkNames =
        ["AgentGym.TestAdapter.Fixtures.Benchmarks.RefundBenchmark", "AgentGym.TestAdapter.Fixtures.Benchmarks.UnknownAgentBenchmark"];

    [Fact]
    public void Bench_runs_an_assemblys_benchmarks_and_records_them()
    {
        var (exit, output) = _cli.Run("bench", FixtureAssembly, "--filter", "*RefundBenchmark*", "--iterations", "2", "--artifacts", _cli.File("artifacts"), "--store", _cli.StorePath);

        Assert.True(exit == 0, output);
        Assert.Contains("polite (baseline)", output, StringComparison.Ordinal);
        using var store = new SqliteResultStore(_cli.StorePath);
        var run = Assert.Single(store.ListRuns(new RunQuery()));
        Assert.Equal(RunKinds.Benchmark, run.Info.Kind);
        Assert.NotEmpty(store.GetBenchmarkRuns(run.Id));
    }

    [Fact]
    public void Bench_shards_run_each_benchmark_class_once()
    {
        var output = string.Concat(Enumerable.Range(1, 2)
            .Select(i => _cli.Run("bench", FixtureAssembly, "--shard", $"{i}/2", "--iterations", "1", "--artifacts", _cli.File("artifacts" + i), "--store", "off").Output));

        Assert.Single(output.Split('\n'), l => l.StartsWith("// AgentGym benchmark AgentGym.TestAdapter.Fixtures.Benchmarks.RefundBenchmark", StringComparison.Ordinal));
        Assert.Single(output.Split('\n'), l => l.Contains("error: AgentGym.TestAdapter.Fixtures.Benchmarks.UnknownAgentBenchmark", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_benchmark_class_lands_on_the_same_shard_under_dotnet_test_and_agentgym_bench(int count)
    {
        for (var index = 1; index <= count; index++)
        {
            var underDotnetTest = VsTestRun.RunAll(FixtureAssembly, $"<RunSettings><AgentGym><Store>off</Store><Shard>{index}/{count}</Shard></AgentGym></RunSettings>")
                .Started.Select(t => t.FullyQualifiedName).Order(StringComparer.Ordinal);
            var output = _cli.Run("bench", FixtureAssembly, "--shard", $"{index}/{count}", "--iterations", "1", "--artifacts", _cli.File($"artifacts{index}"), "--store", "off").Output;
            var underBench = BenchmarkNames.Where(name => output.Contains($"benchmark {name}:", StringComparison.Ordinal) || output.Contains($"error: {name}:", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

            Assert.Equal(underDotnetTest, underBench);
        }
    }

    [Fact]
    public void Bench_with_a_bad_shard_exits_with_1()
    {
        var (exit, output) = _cli.Run("bench", FixtureAssembly, "--shard", "3/2");

        Assert.Equal(1, exit);
        Assert.Contains("--shard is '3/2'; expected i/n", output, StringComparison.Ordinal);
    }
}
