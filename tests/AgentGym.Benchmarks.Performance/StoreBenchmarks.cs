using AgentGym.Definitions;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Sdk;
using BenchmarkDotNet.Attributes;

namespace AgentGym.Benchmarks.Performance;

/// <summary>
/// The SQLite results store at the size of a long-lived project: queries of, and one more result into, a file of 100,000
/// recorded test results (1,000 tests x 100 runs). docs/store.md lists the figures.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private const int Tests = 1_000;
    private const int Runs = 100;
    private const int Batch = 256;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "agentgym-store-bench-" + Guid.NewGuid().ToString("N"));
    private SqliteResultStore _full = null!;
    private readonly AgentTestRun[] _batch = [.. Enumerable.Range(0, Batch).Select(test => Result(test, 0))];
    private long _runId;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        _full = new SqliteResultStore(Path.Combine(_folder, "full.db"));
        Fill(_full);
        _runId = _full.BeginRun(new RunInfo { Commit = "bench", Branch = "main" });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _full.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The last 50 results of one test among 100,000.</summary>
    [Benchmark]
    public int History_of_one_test() => _full.GetTestHistory("Suite.Test500", 50).Count;

    /// <summary>The 20 newest runs with their totals.</summary>
    [Benchmark]
    public int List_runs() => _full.ListRuns(new RunQuery()).Count;

    /// <summary>The baseline of one test: its last passing result on main.</summary>
    [Benchmark]
    public long? Baseline_of_one_test() => _full.FindBaseline("Suite.Test500", null, "main")?.RunId;

    /// <summary>One more result in the full file.</summary>
    [Benchmark]
    public long Record_one_result_into_the_full_file() => _full.RecordTestRun(_runId, Result(Tests / 2, 1)).Id;

    /// <summary>
    /// A batch of 256 results into the full file in one transaction, as a test run's background writer records the results
    /// that completed meanwhile; the time is per result.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int Record_a_batch_of_results_into_the_full_file() => _full.RecordTestRuns(_runId, _batch).Count;

    /// <summary>Records 100,000 results (1,000 tests x 100 runs), one transaction each, as 'dotnet test' does.</summary>
    public static void Fill(IResultStore store)
    {
        for (var run = 0; run < Runs; run++)
        {
            var runId = store.BeginRun(new RunInfo { Commit = "c" + run, Branch = "main" });
            for (var test = 0; test < Tests; test++)
                store.RecordTestRun(runId, Result(test, run));
            store.CompleteRun(runId, DateTimeOffset.UtcNow);
        }
    }

    private static AgentTestRun Result(int test, int run) => new()
    {
        Test = new AgentTestDefinition { Id = $"Suite.Test{test}", FullName = $"Suite.Test{test}", DisplayName = $"Suite.Test{test}", AgentName = "support" },
        Status = (test + run) % 17 == 0 ? AgentTestStatus.Failed : AgentTestStatus.Passed,
        AgentName = "support",
        Metrics = new AgentMetrics { InputTokens = 300 + run, OutputTokens = 80, TotalTokens = 380 + run, LlmCalls = 2, ToolCalls = 1, Duration = TimeSpan.FromMilliseconds(900 + test) },
        StartedAt = DateTimeOffset.UtcNow,
        CompletedAt = DateTimeOffset.UtcNow,
    };
}
