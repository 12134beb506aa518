using AgentGym.Results;
using AgentGym.Sdk;
using Microsoft.Data.Sqlite;
using static AgentGym.Tests.Storage.StoredResults;

namespace AgentGym.Tests.Storage;

public sealed class SqliteResultStoreTests : IDisposable
{
    private readonly TempStoreFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void A_recorded_result_reads_back_with_its_metrics_run_and_test()
    {
        using var store = new SqliteResultStore(_file.Path);
        var runId = store.BeginRun(Run());

        store.RecordTestRun(runId, Result(tokens: 420, text: "refund issued"));
        store.CompleteRun(runId, DateTimeOffset.UtcNow);

        var run = Assert.Single(store.ListRuns(new RunQuery()));
        Assert.Equal(("abc123", "main", 1, 0), (run.Info.Commit, run.Info.Branch, run.Passed, run.Failed));
        Assert.NotNull(run.CompletedAt);
        var result = Assert.Single(store.GetTestRuns(runId));
        Assert.Equal(("Support.Refund[agent=support]", 420L, 2, "refund issued"), (result.TestId, result.TotalTokens, result.LlmCalls, result.ResponseText));
    }

    [Fact]
    public void Recorded_results_carry_their_runs_commit_and_branch_one_by_one_and_in_a_batch()
    {
        using var store = new SqliteResultStore(_file.Path);
        var runId = store.BeginRun(Run(commit: "c1", branch: "feature"));

        var one = store.RecordTestRun(runId, Result());
        var batch = store.RecordTestRuns(runId, [Result(), Result(status: AgentTestStatus.Failed)]);

        Assert.All([one, .. batch], r => Assert.Equal(("c1", "feature"), (r.Commit, r.Branch)));
    }

    [Fact]
    public void Figures_that_were_not_reported_are_stored_as_null_and_read_back_as_not_reported()
    {
        using var store = new SqliteResultStore(_file.Path);
        var runId = store.BeginRun(Run());

        store.RecordTestRun(runId, Result() with { Metrics = new AgentGym.Metrics.AgentMetrics { ToolCalls = 0, Duration = TimeSpan.FromMilliseconds(5) } });

        var result = Assert.Single(store.GetTestRuns(runId));
        Assert.Equal(((long?)null, (long?)null, (long?)null, (int?)null, (int?)0), (result.InputTokens, result.OutputTokens, result.TotalTokens, result.LlmCalls, result.ToolCalls));
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_file.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT total_tokens IS NULL, llm_calls IS NULL, tool_calls FROM agent_test_runs";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal((1L, 1L, 0L), (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
    }

    [Fact]
    public void History_of_a_test_is_newest_first_and_found_by_full_name()
    {
        using var store = new SqliteResultStore(_file.Path);
        for (var tokens = 100; tokens <= 300; tokens += 100)
            store.RecordTestRun(store.BeginRun(Run()), Result(tokens: tokens));
        store.RecordTestRun(store.BeginRun(Run()), Result(test: "Support.Other"));

        var history = store.GetTestHistory("Support.Refund", limit: 2);

        Assert.Equal([300L, 200L], history.Select(h => h.TotalTokens));
    }

    [Fact]
    public void Runs_are_filtered_by_branch_and_test()
    {
        using var store = new SqliteResultStore(_file.Path);
        store.RecordTestRun(store.BeginRun(Run(branch: "main")), Result());
        var feature = store.BeginRun(Run(branch: "feature"));
        store.RecordTestRun(feature, Result(test: "Support.Other"));

        Assert.Equal([feature], store.ListRuns(new RunQuery { Branch = "feature" }).Select(r => r.Id));
        Assert.Equal([feature], store.ListRuns(new RunQuery { Test = "Support.Other" }).Select(r => r.Id));
    }

    [Fact]
    public void A_test_whose_outcome_changes_at_one_commit_is_marked_flaky()
    {
        using var store = new SqliteResultStore(_file.Path);
        var first = store.RecordTestRun(store.BeginRun(Run()), Result(status: AgentTestStatus.Passed));
        var second = store.RecordTestRun(store.BeginRun(Run()), Result(status: AgentTestStatus.Failed));

        Assert.False(first.IsFlaky);
        Assert.True(second.IsFlaky);
        Assert.Equal(1, store.ListRuns(new RunQuery { Limit = 1 })[0].Flaky);
    }

    [Fact]
    public void A_test_that_fails_on_a_new_commit_is_not_flaky()
    {
        using var store = new SqliteResultStore(_file.Path);
        store.RecordTestRun(store.BeginRun(Run(commit: "one")), Result(status: AgentTestStatus.Passed));

        var failed = store.RecordTestRun(store.BeginRun(Run(commit: "two")), Result(status: AgentTestStatus.Failed));

        Assert.False(failed.IsFlaky);
    }

    [Fact]
    public void The_baseline_is_the_last_passing_result_on_the_main_branch_or_the_named_run()
    {
        using var store = new SqliteResultStore(_file.Path);
        var named = store.BeginRun(Run(branch: "main"));
        store.RecordTestRun(named, Result(tokens: 100));
        store.RecordTestRun(store.BeginRun(Run(branch: "main")), Result(tokens: 200));
        store.RecordTestRun(store.BeginRun(Run(branch: "main")), Result(tokens: 999, status: AgentTestStatus.Failed));
        store.RecordTestRun(store.BeginRun(Run(branch: "feature")), Result(tokens: 300));
        store.SetBaseline("release-1", named);

        Assert.Equal(200, store.FindBaseline("Support.Refund[agent=support]", null, "main")?.TotalTokens);
        Assert.Equal(100, store.FindBaseline("Support.Refund[agent=support]", "release-1", "main")?.TotalTokens);
        Assert.Null(store.FindBaseline("Support.Missing", null, "main"));
    }

    [Fact]
    public void A_benchmark_run_keeps_its_summary_and_json()
    {
        using var store = new SqliteResultStore(_file.Path);
        var runId = store.BeginRun(Run() with { Kind = RunKinds.Benchmark });

        store.RecordBenchmarkRun(runId, new BenchmarkRunRecord { Name = "RefundBenchmark", Agents = ["a", "b"], SuccessRate = 0.75, Json = "{\"title\":\"x\"}" });

        var stored = Assert.Single(store.GetBenchmarkRuns(runId)).Record;
        Assert.Equal(("RefundBenchmark", 0.75, "{\"title\":\"x\"}"), (stored.Name, stored.SuccessRate, stored.Json));
        Assert.Equal(["a", "b"], stored.Agents);
    }

    [Fact]
    public void A_file_that_is_not_a_database_gives_an_error_naming_the_file()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file.Path)!);
        File.WriteAllText(_file.Path, new string('x', 8192));

        var error = Assert.Throws<ResultStoreException>(() => new SqliteResultStore(_file.Path));

        Assert.Contains(_file.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_a_missing_file_for_reading_names_the_file()
    {
        var error = Assert.Throws<ResultStoreException>(() => SqliteResultStore.OpenExisting(_file.Path));

        Assert.Contains(_file.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_is_in_wal_mode()
    {
        using (new SqliteResultStore(_file.Path))
        {
        }
        using var connection = new SqliteConnection($"Data Source={_file.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", command.ExecuteScalar());
    }
}
