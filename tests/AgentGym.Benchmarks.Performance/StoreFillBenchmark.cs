using AgentGym.Sdk;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace AgentGym.Benchmarks.Performance;

/// <summary>Recording 100,000 test results into a new SQLite file, a transaction each; the mean is per result.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class StoreFillBenchmark
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "agentgym-store-fill-" + Guid.NewGuid().ToString("N"));

    [GlobalSetup]
    public void Setup() => Directory.CreateDirectory(_folder);

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = 100_000)]
    public void Record_100000_results()
    {
        using var store = new SqliteResultStore(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));
        StoreBenchmarks.Fill(store);
    }
}
