using System.Data.Common;
using System.Globalization;
using System.Text;
using AgentGym.Results;

namespace AgentGym.Sdk;

public abstract partial class DbResultStore
{
    private const string TestRunColumns =
        "SELECT t.id, t.run_id, d.test_key, d.full_name, d.display_name, d.test_type, t.agent_name, t.agent_model, t.status, " +
        "t.input_tokens, t.output_tokens, t.total_tokens, t.llm_calls, t.tool_calls, t.duration_ms, t.attempt, t.response_text, " +
        "t.validations_json, t.error_type, t.error_message, t.started_at, t.completed_at, t.is_flaky, r.git_commit, r.git_branch, t.conversation_json, t.probe_id, t.probe_category " +
        "FROM agent_test_runs t JOIN agent_tests d ON d.id = t.test_id JOIN agent_runs r ON r.id = t.run_id ";

    // Each count reads the (run_id, status, is_flaky) index only; {0} selects the runs.
    private static readonly string RunsWithTotals =
        "SELECT r.id, r.kind, r.source, r.git_commit, r.git_branch, r.machine, r.run_group, r.started_at, r.completed_at, " +
        "(SELECT COUNT(*) FROM agent_test_runs t WHERE t.run_id = r.id AND t.status = 'Passed'), " +
        "(SELECT COUNT(*) FROM agent_test_runs t WHERE t.run_id = r.id AND t.status IN " + Outcomes.SqlList(Outcomes.RecordedFailureStatuses) + "), " +
        "(SELECT COUNT(*) FROM agent_test_runs t WHERE t.run_id = r.id AND t.status NOT IN " + Outcomes.SqlList([AgentTestStatus.Passed, .. Outcomes.RecordedFailureStatuses]) + "), " +
        "(SELECT COUNT(*) FROM agent_test_runs t WHERE t.run_id = r.id AND t.is_flaky = 1) FROM ({0}) r ORDER BY r.id DESC";

    private const string BenchmarkRunColumns =
        "SELECT b.id, b.run_id, d.name, b.agents, b.baseline, b.tasks, b.iterations, b.success_rate, b.mean_duration_ms, b.mean_tokens, " +
        "b.winner, b.was_cancelled, b.started_at, b.completed_at, b.run_json FROM agent_benchmark_runs b " +
        "JOIN agent_benchmarks d ON d.id = b.benchmark_id ";

    private const string TestSelector = "SELECT id FROM agent_tests WHERE test_key = @test OR full_name = @test";

    /// <inheritdoc />
    public IReadOnlyList<StoredRun> ListRuns(RunQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Run(connection =>
        {
            var sql = new StringBuilder("SELECT * FROM agent_runs r WHERE 1 = 1");
            using var command = Command(connection, null, string.Empty);
            if (query.Branch is not null)
            {
                sql.Append(" AND r.git_branch = @branch");
                Parameter(command, "@branch", query.Branch);
            }
            if (query.Since is { } since)
            {
                sql.Append(" AND r.started_at >= @since");
                Parameter(command, "@since", Time(since));
            }
            if (query.Group is not null)
            {
                sql.Append(" AND r.run_group = @group");
                Parameter(command, "@group", query.Group);
            }
            if (query.Kind is not null)
            {
                sql.Append(" AND r.kind = @kind");
                Parameter(command, "@kind", query.Kind);
            }
            if (query.Source is not null)
            {
                sql.Append(" AND r.source = @source");
                Parameter(command, "@source", query.Source);
            }
            if (query.Machine is not null)
            {
                sql.Append(" AND r.machine = @machine");
                Parameter(command, "@machine", query.Machine);
            }
            if (query.Test is not null)
            {
                sql.Append(" AND EXISTS (SELECT 1 FROM agent_test_runs t WHERE t.run_id = r.id AND t.test_id IN (").Append(TestSelector).Append("))");
                Parameter(command, "@test", query.Test);
            }
            sql.Append(" ORDER BY r.id DESC LIMIT @limit");
            Parameter(command, "@limit", Math.Max(1, query.Limit));
#pragma warning disable CA2100 // Built from constants of this assembly; values travel as parameters.
            command.CommandText = string.Format(CultureInfo.InvariantCulture, RunsWithTotals, sql);
#pragma warning restore CA2100
            return ReadAll(command, ReadRun);
        });
    }

    /// <inheritdoc />
    public StoredRun? GetRun(long runId) => Run(connection =>
    {
        using var command = Command(connection, null, string.Format(CultureInfo.InvariantCulture, RunsWithTotals, "SELECT * FROM agent_runs WHERE id = @id"));
        Parameter(command, "@id", runId);
        return ReadAll(command, ReadRun).FirstOrDefault();
    });

    /// <inheritdoc />
    public IReadOnlyList<StoredTestRun> GetTestRuns(long runId) => Run(connection =>
    {
        using var command = Command(connection, null, TestRunColumns + "WHERE t.run_id = @run ORDER BY t.id");
        Parameter(command, "@run", runId);
        return ReadAll(command, ReadTestRun);
    });

    /// <inheritdoc />
    public IReadOnlyList<StoredBenchmarkRun> GetBenchmarkRuns(long runId) => Run(connection =>
    {
        using var command = Command(connection, null,
            BenchmarkRunColumns + "WHERE b.run_id = @run ORDER BY b.id");
        Parameter(command, "@run", runId);
        return ReadAll(command, ReadBenchmarkRun);
    });

    /// <inheritdoc />
    public IReadOnlyList<StoredTestRun> GetTestHistory(string test, int limit)
    {
        ArgumentNullException.ThrowIfNull(test);
        return Run(connection =>
        {
            using var command = Command(connection, null, TestRunColumns + "WHERE t.test_id IN (" + TestSelector + ") ORDER BY t.id DESC LIMIT @limit");
            Parameter(command, "@test", test);
            Parameter(command, "@limit", Math.Max(1, limit));
            return ReadAll(command, ReadTestRun);
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ListTestNames() => Run(connection =>
    {
        using var command = Command(connection, null, "SELECT DISTINCT full_name FROM agent_tests ORDER BY full_name");
        return ReadAll(command, reader => reader.GetString(0));
    });

    /// <inheritdoc />
    public StoredTestRun? FindBaseline(string testId, string? baselineName, string mainBranch, long? excludeRunId = null)
    {
        ArgumentNullException.ThrowIfNull(testId);
        ArgumentNullException.ThrowIfNull(mainBranch);
        return Run(connection =>
        {
            const string OfTest = "WHERE t.test_id = (SELECT id FROM agent_tests WHERE test_key = @test) AND t.run_id <> @exclude ";
            if (baselineName is not null)
            {
                using var named = Command(connection, null, TestRunColumns + OfTest +
                    "AND t.run_id = (SELECT run_id FROM agent_baselines WHERE name = @name) ORDER BY t.id DESC LIMIT 1");
                Parameter(named, "@test", testId);
                Parameter(named, "@exclude", excludeRunId ?? -1L);
                Parameter(named, "@name", baselineName);
                return ReadAll(named, ReadTestRun).FirstOrDefault();
            }
            using var onMain = Command(connection, null, TestRunColumns + OfTest +
                "AND t.status = 'Passed' AND r.git_branch = @branch ORDER BY t.id DESC LIMIT 1");
            Parameter(onMain, "@test", testId);
            Parameter(onMain, "@exclude", excludeRunId ?? -1L);
            Parameter(onMain, "@branch", mainBranch);
            if (ReadAll(onMain, ReadTestRun).FirstOrDefault() is { } found)
                return found;
            using var anywhere = Command(connection, null, TestRunColumns + OfTest + "AND t.status = 'Passed' ORDER BY t.id DESC LIMIT 1");
            Parameter(anywhere, "@test", testId);
            Parameter(anywhere, "@exclude", excludeRunId ?? -1L);
            return ReadAll(anywhere, ReadTestRun).FirstOrDefault();
        });
    }

    private static List<T> ReadAll<T>(DbCommand command, Func<DbDataReader, T> read)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(read(reader));
        return rows;
    }

    private static StoredBenchmarkRun ReadBenchmarkRun(DbDataReader r) => new(Long(r, 0), Long(r, 1), new BenchmarkRunRecord
    {
        Name = r.GetString(2),
        Agents = r.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries),
        Baseline = Text(r, 4),
        Tasks = (int)Long(r, 5),
        Iterations = (int)Long(r, 6),
        SuccessRate = Double(r, 7),
        MeanDurationMs = Double(r, 8),
        MeanTokens = Double(r, 9),
        Winner = Text(r, 10),
        WasCancelled = Long(r, 11) != 0,
        StartedAt = ParseTime(r.GetValue(12)),
        CompletedAt = ParseTime(r.GetValue(13)),
        Json = r.GetString(14),
    });

    private static StoredRun ReadRun(DbDataReader r) => new(
        Long(r, 0),
        new RunInfo
        {
            Kind = r.GetString(1),
            Source = Text(r, 2),
            Commit = Text(r, 3),
            Branch = Text(r, 4),
            Machine = r.GetString(5),
            Group = Text(r, 6),
            StartedAt = ParseTime(r.GetValue(7)),
        },
        r.IsDBNull(8) ? null : ParseTime(r.GetValue(8)),
        (int)Long(r, 9),
        (int)Long(r, 10),
        (int)Long(r, 11),
        (int)Long(r, 12));

    private static StoredTestRun ReadTestRun(DbDataReader r) => new()
    {
        Id = Long(r, 0),
        RunId = Long(r, 1),
        TestId = r.GetString(2),
        FullName = r.GetString(3),
        DisplayName = r.GetString(4),
        TestType = r.GetString(5),
        AgentName = Text(r, 6),
        AgentModel = Text(r, 7),
        Status = Enum.TryParse<AgentTestStatus>(r.GetString(8), out var status) ? status : AgentTestStatus.Error,
        InputTokens = NullableLong(r, 9),
        OutputTokens = NullableLong(r, 10),
        TotalTokens = NullableLong(r, 11),
        LlmCalls = (int?)NullableLong(r, 12),
        ToolCalls = (int?)NullableLong(r, 13),
        DurationMs = Double(r, 14),
        Attempt = (int)Long(r, 15),
        ResponseText = Text(r, 16),
        ValidationsJson = r.GetString(17),
        ErrorType = Text(r, 18),
        ErrorMessage = Text(r, 19),
        StartedAt = ParseTime(r.GetValue(20)),
        CompletedAt = ParseTime(r.GetValue(21)),
        IsFlaky = Long(r, 22) != 0,
        Commit = Text(r, 23),
        Branch = Text(r, 24),
        ConversationJson = Text(r, 25),
        ProbeId = Text(r, 26),
        ProbeCategory = Text(r, 27),
    };

    private static long Long(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    private static long? NullableLong(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    private static double Double(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
