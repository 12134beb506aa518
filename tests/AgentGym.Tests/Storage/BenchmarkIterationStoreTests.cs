using AgentGym.Sdk;

namespace AgentGym.Tests.Storage;

/// <summary>Benchmark iterations kept one by one: each once, read back from the newest run of a benchmark with whether it finished.</summary>
public sealed class BenchmarkIterationStoreTests : IDisposable
{
    private readonly TempStoreFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void An_iteration_recorded_twice_in_a_run_is_kept_once()
    {
        using var store = new SqliteResultStore(_file.Path);
        var run = store.BeginRun(new RunInfo { Kind = RunKinds.Benchmark });

        store.RecordBenchmarkIterations(run, [Iteration(1), Iteration(2)]);
        store.RecordBenchmarkIterations(run, [Iteration(2), Iteration(3)]);

        var progress = store.GetLastBenchmarkProgress("B")!;
        Assert.Equal(run, progress.RunId);
        Assert.False(progress.Finished);
        Assert.Equal([1, 2, 3], progress.Iterations.Select(i => i.Iteration));
    }

    [Fact]
    public void A_cancelled_run_is_unfinished_and_a_newer_finished_run_is_the_last()
    {
        using var store = new SqliteResultStore(_file.Path);
        var cancelled = store.BeginRun(new RunInfo { Kind = RunKinds.Benchmark });
        store.RecordBenchmarkIterations(cancelled, [Iteration(1)]);
        store.RecordBenchmarkRun(cancelled, new BenchmarkRunRecord { Name = "B", WasCancelled = true });
        Assert.False(store.GetLastBenchmarkProgress("B")!.Finished);

        var finished = store.BeginRun(new RunInfo { Kind = RunKinds.Benchmark });
        store.RecordBenchmarkRun(finished, new BenchmarkRunRecord { Name = "B" });

        var last = store.GetLastBenchmarkProgress("B")!;
        Assert.Equal((finished, true), (last.RunId, last.Finished));
        Assert.Empty(last.Iterations);
        Assert.Null(store.GetLastBenchmarkProgress("Other"));
    }

    [Fact]
    public void Runs_are_listed_by_kind_source_and_machine()
    {
        using var store = new SqliteResultStore(_file.Path);
        var test = store.BeginRun(new RunInfo { Kind = RunKinds.Test, Source = "A.dll" });
        store.BeginRun(new RunInfo { Kind = RunKinds.Benchmark, Source = "A.dll" });
        store.BeginRun(new RunInfo { Kind = RunKinds.Test, Source = "B.dll" });
        store.BeginRun(new RunInfo { Kind = RunKinds.Test, Source = "A.dll", Machine = "elsewhere" });

        var runs = store.ListRuns(new RunQuery { Kind = RunKinds.Test, Source = "A.dll", Machine = Environment.MachineName });

        Assert.Equal([test], runs.Select(r => r.Id));
    }

    private static BenchmarkIterationRecord Iteration(int i) => new() { Benchmark = "B", Plan = "p", Agent = "a", Task = "t", Iteration = i, Status = "Passed", Json = "{}" };
}
