using AgentGym.Definitions;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Sdk;
using Npgsql;

namespace AgentGym.Storage.PostgreSql.Tests;

public sealed class PostgreSqlResultStoreTests : IDisposable
{
    private readonly string _schema;
    private readonly string _connection;

    public PostgreSqlResultStoreTests()
    {
        if (PostgreSqlServer.SkipReason is not null)
        {
            (_schema, _connection) = (string.Empty, string.Empty);
            return;
        }
        _connection = PostgreSqlServer.CreateSchema(out _schema);
    }

    public void Dispose()
    {
        if (_schema.Length > 0)
            PostgreSqlServer.DropSchema(_schema);
    }

    [PostgreSqlFact]
    public void A_recorded_result_reads_back_through_the_connection_string()
    {
        using var store = ResultStores.Open(_connection);
        var runId = store.BeginRun(new RunInfo { Branch = "main", Commit = "c1", Source = "Support.Tests.dll" });

        store.RecordTestRun(runId, Result("Refund", AgentTestStatus.Passed, 420));
        store.CompleteRun(runId, DateTimeOffset.UtcNow);

        Assert.IsType<PostgreSqlResultStore>(store);
        var run = Assert.Single(store.ListRuns(new RunQuery { Branch = "main" }));
        Assert.Equal((1, "c1"), (run.Passed, run.Info.Commit));
        Assert.Equal(420, Assert.Single(store.GetTestHistory("Refund", 10)).TotalTokens);
    }

    [PostgreSqlFact]
    public void Flaky_marks_and_baselines_work_as_on_sqlite()
    {
        using var store = new PostgreSqlResultStore(_connection);
        var first = store.BeginRun(new RunInfo { Branch = "main", Commit = "same" });
        store.RecordTestRun(first, Result("Refund", AgentTestStatus.Passed, 100));
        var second = store.RecordTestRun(store.BeginRun(new RunInfo { Branch = "main", Commit = "same" }), Result("Refund", AgentTestStatus.Failed, 200));
        store.SetBaseline("release", first);

        Assert.True(second.IsFlaky);
        Assert.Equal(100, store.FindBaseline("Refund", null, "main")?.TotalTokens);
        Assert.Equal(first, store.FindBaseline("Refund", "release", "main")?.RunId);
    }

    [PostgreSqlFact]
    public void A_benchmark_run_keeps_its_summary_and_json()
    {
        using var store = new PostgreSqlResultStore(_connection);
        var runId = store.BeginRun(new RunInfo { Kind = RunKinds.Benchmark });

        store.RecordBenchmarkRun(runId, new BenchmarkRunRecord { Name = "RefundBenchmark", Agents = ["a", "b"], SuccessRate = 0.5, Json = "{}" });

        Assert.Equal(0.5, Assert.Single(store.GetBenchmarkRuns(runId)).Record.SuccessRate);
    }

    public static TheoryData<int> EarlierVersions()
    {
        var versions = new TheoryData<int>();
        for (var version = 1; version < PostgreSqlResultStore.LatestSchemaVersion; version++)
            versions.Add(version);
        return versions;
    }

    [PostgreSqlTheory]
    [MemberData(nameof(EarlierVersions))]
    public void A_database_of_an_earlier_version_is_taken_forward_with_its_rows(int version)
    {
        using (var old = new PostgreSqlResultStore(_connection, version))
        {
            Assert.Equal(version, old.GetSchemaVersion());
            using var connection = new NpgsqlConnection(_connection);
            connection.Open();
            using var seed = new NpgsqlCommand(
                "INSERT INTO agent_runs (kind, machine, git_branch, started_at) VALUES ('test', 'm', 'main', '2025-01-01T00:00:00.0000000Z');" +
                "INSERT INTO agent_tests (test_key, full_name, display_name, test_type, first_seen_at, last_seen_at) VALUES ('Old', 'Old', 'Old', 'Functional', 'x', 'x');" +
                "INSERT INTO agent_test_runs (run_id, test_id, status, input_tokens, output_tokens, total_tokens, llm_calls, tool_calls, duration_ms, attempt, " +
                "validations_json, started_at, completed_at) SELECT r.id, t.id, 'Passed', 1, 2, 3, 1, 0, 5, 1, '[]', " +
                "'2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z' FROM agent_runs r, agent_tests t", connection);
            seed.ExecuteNonQuery();
        }

        using var store = new PostgreSqlResultStore(_connection);

        Assert.Equal(PostgreSqlResultStore.LatestSchemaVersion, store.GetSchemaVersion());
        Assert.Equal(3, Assert.Single(store.GetTestHistory("Old", 10)).TotalTokens);
    }

    [PostgreSqlFact]
    public void Benchmark_iterations_are_kept_once_and_read_back_for_a_resume_and_runs_filter_by_source_and_kind()
    {
        using var store = new PostgreSqlResultStore(_connection);
        var stopped = store.BeginRun(new RunInfo { Kind = RunKinds.Benchmark, Source = "Bench.dll" });
        BenchmarkIterationRecord Iteration(int i) => new() { Benchmark = "B", Plan = "p", Agent = "a", Task = "t", Iteration = i, Status = "Passed", Json = "{}" };
        store.RecordBenchmarkIterations(stopped, [Iteration(1), Iteration(2)]);
        store.RecordBenchmarkIterations(stopped, [Iteration(2), Iteration(3)]);
        store.BeginRun(new RunInfo { Kind = RunKinds.Test, Source = "Bench.dll" });

        var progress = store.GetLastBenchmarkProgress("B");

        Assert.Equal(stopped, progress!.RunId);
        Assert.False(progress.Finished);
        Assert.Equal([1, 2, 3], progress.Iterations.Select(i => i.Iteration));
        Assert.Null(store.GetLastBenchmarkProgress("Other"));
        Assert.Equal([stopped], store.ListRuns(new RunQuery { Kind = RunKinds.Benchmark, Source = "Bench.dll", Machine = Environment.MachineName }).Select(r => r.Id));
    }

    [PostgreSqlFact]
    public async Task Several_stores_writing_at_once_lose_nothing()
    {
        using (new PostgreSqlResultStore(_connection))
        {
        }
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            using var store = new PostgreSqlResultStore(_connection);
            var runId = store.BeginRun(new RunInfo { Commit = "c" + w });
            for (var i = 0; i < 25; i++)
                store.RecordTestRun(runId, Result($"W{w}.T{i}", AgentTestStatus.Passed, i));
            return runId;
        }));
        var runIds = await Task.WhenAll(writers);

        using var reader = new PostgreSqlResultStore(_connection);
        Assert.All(runIds, id => Assert.Equal(25, reader.GetTestRuns(id).Count));
    }

    [Fact]
    public void An_unreachable_server_is_an_error_naming_the_server_without_the_password()
    {
        var error = Assert.Throws<ResultStoreException>(() => ResultStores.Open("Host=127.0.0.1;Port=1;Username=u;Password=secret-pw;Database=gym;Timeout=2"));

        Assert.Contains("PostgreSQL 127.0.0.1:1/gym", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-pw", error.Message, StringComparison.Ordinal);
    }

    private static AgentTestRun Result(string test, AgentTestStatus status, long tokens) => new()
    {
        Test = new AgentTestDefinition { Id = test, FullName = test, DisplayName = test },
        Status = status,
        Metrics = new AgentMetrics { TotalTokens = tokens },
        StartedAt = DateTimeOffset.UtcNow,
        CompletedAt = DateTimeOffset.UtcNow,
    };
}
