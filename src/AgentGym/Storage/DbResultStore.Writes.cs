using System.Data.Common;
using System.Globalization;
using AgentGym.Results;
using AgentGym.Security;

namespace AgentGym.Sdk;

public abstract partial class DbResultStore
{
    // How many recent results of a test at one commit flaky detection looks at.
    private const int FlakyWindow = 10;

    /// <inheritdoc />
    public long BeginRun(RunInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return Write((connection, transaction) =>
        {
            using var command = Command(connection, transaction,
                "INSERT INTO agent_runs (kind, source, git_commit, git_branch, machine, run_group, started_at) " +
                "VALUES (@kind, @source, @commit, @branch, @machine, @group, @started) RETURNING id");
            Parameter(command, "@kind", info.Kind);
            Parameter(command, "@source", info.Source);
            Parameter(command, "@commit", info.Commit);
            Parameter(command, "@branch", info.Branch);
            Parameter(command, "@machine", info.Machine);
            Parameter(command, "@group", info.Group);
            Parameter(command, "@started", Time(info.StartedAt));
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        });
    }

    /// <inheritdoc />
    public void CompleteRun(long runId, DateTimeOffset completedAt) => Write((connection, transaction) =>
    {
        using var command = Command(connection, transaction, "UPDATE agent_runs SET completed_at = @completed WHERE id = @id");
        Parameter(command, "@completed", Time(completedAt));
        Parameter(command, "@id", runId);
        return command.ExecuteNonQuery();
    });

    /// <inheritdoc />
    public StoredTestRun RecordTestRun(long runId, AgentTestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Write((connection, transaction) => Record(connection, transaction, runId, run, RunGit(connection, transaction, runId)));
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredTestRun> RecordTestRuns(long runId, IReadOnlyList<AgentTestRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs.Count == 0 ? [] : Write((connection, transaction) =>
        {
            // The run's commit and branch are the same for every result of the batch: read once.
            var git = RunGit(connection, transaction, runId);
            return runs.Select(run => Record(connection, transaction, runId, run, git)).ToList();
        });
    }

    private (string? Commit, string? Branch) RunGit(DbConnection connection, DbTransaction transaction, long runId)
    {
        using var git = Command(connection, transaction, "SELECT git_commit, git_branch FROM agent_runs WHERE id = @run");
        Parameter(git, "@run", runId);
        using var reader = git.ExecuteReader();
        return reader.Read() ? (Text(reader, 0), Text(reader, 1)) : (null, null);
    }

    private StoredTestRun Record(DbConnection connection, DbTransaction transaction, long runId, AgentTestRun run, (string? Commit, string? Branch) git)
    {
        var stored = ToStored(runId, run);
        var id = Inserted();
        return stored with { Id = id.rowId, IsFlaky = id.flaky, Commit = git.Commit, Branch = git.Branch };

        (long rowId, bool flaky) Inserted()
        {
            var testId = UpsertTest(connection, transaction, run);
            using var insert = Command(connection, transaction,
                "INSERT INTO agent_test_runs (run_id, test_id, status, agent_name, agent_model, input_tokens, output_tokens, total_tokens, " +
                "llm_calls, tool_calls, duration_ms, attempt, response_text, validations_json, error_type, error_message, started_at, completed_at, is_flaky, conversation_json, probe_id, probe_category) " +
                "VALUES (@run, @test, @status, @agent, @model, @in, @out, @total, @llm, @tools, @duration, @attempt, @response, @validations, " +
                "@errorType, @errorMessage, @started, @completed, 0, @conversation, @probe, @probeCategory) RETURNING id");
            Parameter(insert, "@run", runId);
            Parameter(insert, "@test", testId);
            Parameter(insert, "@status", stored.Status.ToString());
            Parameter(insert, "@agent", stored.AgentName);
            Parameter(insert, "@model", stored.AgentModel);
            Parameter(insert, "@in", stored.InputTokens);
            Parameter(insert, "@out", stored.OutputTokens);
            Parameter(insert, "@total", stored.TotalTokens);
            Parameter(insert, "@llm", stored.LlmCalls);
            Parameter(insert, "@tools", stored.ToolCalls);
            Parameter(insert, "@duration", stored.DurationMs);
            Parameter(insert, "@attempt", stored.Attempt);
            Parameter(insert, "@response", stored.ResponseText);
            Parameter(insert, "@validations", stored.ValidationsJson);
            Parameter(insert, "@errorType", stored.ErrorType);
            Parameter(insert, "@errorMessage", stored.ErrorMessage);
            Parameter(insert, "@started", Time(stored.StartedAt));
            Parameter(insert, "@completed", Time(stored.CompletedAt));
            Parameter(insert, "@conversation", stored.ConversationJson);
            Parameter(insert, "@probe", stored.ProbeId);
            Parameter(insert, "@probeCategory", stored.ProbeCategory);
            var rowId = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
            return (rowId, MarkFlaky(connection, transaction, runId, testId, rowId));
        }
    }

    /// <inheritdoc />
    public void RecordBenchmarkRun(long runId, BenchmarkRunRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Write((connection, transaction) =>
        {
            long benchmarkId;
            using (var upsert = Command(connection, transaction,
                "INSERT INTO agent_benchmarks (name, first_seen_at, last_seen_at) VALUES (@name, @now, @now) " +
                "ON CONFLICT (name) DO UPDATE SET last_seen_at = excluded.last_seen_at RETURNING id"))
            {
                Parameter(upsert, "@name", record.Name);
                Parameter(upsert, "@now", Time(record.StartedAt));
                benchmarkId = Convert.ToInt64(upsert.ExecuteScalar(), CultureInfo.InvariantCulture);
            }
            using var insert = Command(connection, transaction,
                "INSERT INTO agent_benchmark_runs (run_id, benchmark_id, agents, baseline, tasks, iterations, success_rate, mean_duration_ms, " +
                "mean_tokens, winner, was_cancelled, started_at, completed_at, run_json) VALUES (@run, @benchmark, @agents, @baseline, @tasks, " +
                "@iterations, @rate, @duration, @tokens, @winner, @cancelled, @started, @completed, @json)");
            Parameter(insert, "@run", runId);
            Parameter(insert, "@benchmark", benchmarkId);
            Parameter(insert, "@agents", string.Join(',', record.Agents));
            Parameter(insert, "@baseline", record.Baseline);
            Parameter(insert, "@tasks", record.Tasks);
            Parameter(insert, "@iterations", record.Iterations);
            Parameter(insert, "@rate", record.SuccessRate);
            Parameter(insert, "@duration", record.MeanDurationMs);
            Parameter(insert, "@tokens", record.MeanTokens);
            Parameter(insert, "@winner", record.Winner);
            Parameter(insert, "@cancelled", record.WasCancelled ? 1 : 0);
            Parameter(insert, "@started", Time(record.StartedAt));
            Parameter(insert, "@completed", Time(record.CompletedAt));
            Parameter(insert, "@json", record.Json);
            return insert.ExecuteNonQuery();
        });
    }

    /// <inheritdoc />
    public void SetBaseline(string name, long runId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (GetRun(runId) is null)
            throw new ResultStoreException($"The AgentGym results store {Location} has no run {runId}; a baseline names a recorded run.");
        Write((connection, transaction) =>
        {
            using var command = Command(connection, transaction,
                "INSERT INTO agent_baselines (name, run_id, created_at) VALUES (@name, @run, @now) " +
                "ON CONFLICT (name) DO UPDATE SET run_id = excluded.run_id, created_at = excluded.created_at");
            Parameter(command, "@name", name);
            Parameter(command, "@run", runId);
            Parameter(command, "@now", Time(DateTimeOffset.UtcNow));
            return command.ExecuteNonQuery();
        });
    }

    private static long UpsertTest(DbConnection connection, DbTransaction transaction, AgentTestRun run)
    {
        using var command = Command(connection, transaction,
            "INSERT INTO agent_tests (test_key, full_name, display_name, test_type, agent_name, input_text, source_file, first_seen_at, last_seen_at) " +
            "VALUES (@key, @full, @display, @type, @agent, @input, @file, @now, @now) ON CONFLICT (test_key) DO UPDATE SET " +
            "display_name = excluded.display_name, test_type = excluded.test_type, last_seen_at = excluded.last_seen_at RETURNING id");
        var test = run.Test;
        Parameter(command, "@key", test.Id);
        Parameter(command, "@full", test.FullName);
        Parameter(command, "@display", test.DisplayName);
        Parameter(command, "@type", test.Type.ToString());
        Parameter(command, "@agent", run.AgentName ?? test.AgentName);
        Parameter(command, "@input", test.Input?.Task);
        Parameter(command, "@file", test.TestFile ?? test.SourceFile);
        Parameter(command, "@now", Time(run.StartedAt == default ? DateTimeOffset.UtcNow : run.StartedAt));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // A test is flaky when its recent decided results at the same commit disagree: some passed, some did not.
    private static bool MarkFlaky(DbConnection connection, DbTransaction transaction, long runId, long testId, long rowId)
    {
        using var count = Command(connection, transaction,
            "SELECT COUNT(DISTINCT CASE WHEN t.status = 'Passed' THEN 1 ELSE 0 END) FROM (" +
            "SELECT t.status FROM agent_test_runs t JOIN agent_runs r ON r.id = t.run_id " +
            "WHERE t.test_id = @test AND r.git_commit = (SELECT git_commit FROM agent_runs WHERE id = @run) " +
            "AND t.status IN " + Outcomes.SqlList(Outcomes.VerdictStatuses) + " ORDER BY t.id DESC LIMIT @window) t");
        Parameter(count, "@test", testId);
        Parameter(count, "@run", runId);
        Parameter(count, "@window", FlakyWindow);
        if (Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) < 2)
            return false;
        using var mark = Command(connection, transaction, "UPDATE agent_test_runs SET is_flaky = 1 WHERE id = @id");
        Parameter(mark, "@id", rowId);
        mark.ExecuteNonQuery();
        return true;
    }

    private static StoredTestRun ToStored(long runId, AgentTestRun run)
    {
        var response = run.Attempts.LastOrDefault(a => a.Response is not null)?.Response;
        return new StoredTestRun
        {
            RunId = runId,
            TestId = run.Test.Id,
            FullName = run.Test.FullName,
            DisplayName = run.Test.DisplayName,
            TestType = run.Test.Type.ToString(),
            AgentName = run.AgentName ?? run.Test.AgentName,
            Status = run.Status,
            InputTokens = run.Metrics.InputTokens,
            OutputTokens = run.Metrics.OutputTokens,
            TotalTokens = run.Metrics.TotalTokens,
            LlmCalls = run.Metrics.LlmCalls,
            ToolCalls = run.Metrics.ToolCalls,
            DurationMs = run.Metrics.Duration.TotalMilliseconds,
            Attempt = run.AttemptNumber,
            ResponseText = response?.Text,
            ValidationsJson = ValidationsJson.Write(run.Validations),
            ConversationJson = ConversationJson.Write(run.Conversation, run.Attempts.Count == 0 ? null : run.Attempts[^1].ConversationEnd),
            ProbeId = run.Test.Probe?.Probe.Id,
            ProbeCategory = run.Test.Probe?.Probe.Category.Code(),
            ErrorType = run.Error?.Type,
            ErrorMessage = run.Error?.Message ?? run.SkipReason,
            StartedAt = run.StartedAt == default ? DateTimeOffset.UtcNow : run.StartedAt,
            CompletedAt = run.CompletedAt == default ? DateTimeOffset.UtcNow : run.CompletedAt,
        };
    }
}
