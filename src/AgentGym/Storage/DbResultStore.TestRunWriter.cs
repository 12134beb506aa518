using System.Data.Common;
using System.Globalization;
using AgentGym.Results;

namespace AgentGym.Sdk;

public abstract partial class DbResultStore
{
    /// <summary>
    /// Records test results of one run inside one write transaction. Its three statements (the test, the result, the flaky
    /// check) are made once and run again with new values for each result, so a batch parses its SQL once, not once a result.
    /// </summary>
    private sealed class TestRunWriter : IDisposable
    {
        // How many recent results of a test at one commit flaky detection looks at.
        private const int FlakyWindow = 10;

        private readonly long _runId;
        private readonly (string? Commit, string? Branch) _git;
        private readonly DbCommand _upsertTest;
        private readonly DbCommand _insertResult;
        private readonly DbCommand _countOutcomes;
        private readonly DbCommand _markFlaky;

        public TestRunWriter(DbConnection connection, DbTransaction transaction, long runId)
        {
            _runId = runId;
            _git = RunGit(connection, transaction, runId);
            _upsertTest = Command(connection, transaction,
                "INSERT INTO agent_tests (test_key, full_name, display_name, test_type, agent_name, input_text, source_file, first_seen_at, last_seen_at) " +
                "VALUES (@key, @full, @display, @type, @agent, @input, @file, @now, @now) ON CONFLICT (test_key) DO UPDATE SET " +
                "display_name = excluded.display_name, test_type = excluded.test_type, last_seen_at = excluded.last_seen_at RETURNING id");
            _insertResult = Command(connection, transaction,
                "INSERT INTO agent_test_runs (run_id, test_id, status, agent_name, agent_model, input_tokens, output_tokens, total_tokens, " +
                "llm_calls, tool_calls, duration_ms, attempt, response_text, validations_json, error_type, error_message, started_at, completed_at, is_flaky, conversation_json, probe_id, probe_category) " +
                "VALUES (@run, @test, @status, @agent, @model, @in, @out, @total, @llm, @tools, @duration, @attempt, @response, @validations, " +
                "@errorType, @errorMessage, @started, @completed, 0, @conversation, @probe, @probeCategory) RETURNING id");
            // A test is flaky when its recent decided results at the run's commit disagree: some passed, some did not.
            _countOutcomes = Command(connection, transaction,
                "SELECT COUNT(DISTINCT CASE WHEN t.status = 'Passed' THEN 1 ELSE 0 END) FROM (" +
                "SELECT t.status FROM agent_test_runs t JOIN agent_runs r ON r.id = t.run_id " +
                "WHERE t.test_id = @test AND r.git_commit = @commit " +
                "AND t.status IN " + Outcomes.SqlList(Outcomes.VerdictStatuses) + " ORDER BY t.id DESC LIMIT @window) t");
            _markFlaky = Command(connection, transaction, "UPDATE agent_test_runs SET is_flaky = 1 WHERE id = @id");
        }

        public StoredTestRun Record(AgentTestRun run)
        {
            var stored = ToStored(_runId, run);
            var testId = UpsertTest(run);
            var rowId = Insert(stored, testId);
            return stored with { Id = rowId, IsFlaky = MarkFlaky(testId, rowId), Commit = _git.Commit, Branch = _git.Branch };
        }

        public void Dispose()
        {
            _upsertTest.Dispose();
            _insertResult.Dispose();
            _countOutcomes.Dispose();
            _markFlaky.Dispose();
        }

        private static (string? Commit, string? Branch) RunGit(DbConnection connection, DbTransaction transaction, long runId)
        {
            using var git = Command(connection, transaction, "SELECT git_commit, git_branch FROM agent_runs WHERE id = @run");
            Parameter(git, "@run", runId);
            using var reader = git.ExecuteReader();
            return reader.Read() ? (Text(reader, 0), Text(reader, 1)) : (null, null);
        }

        private long UpsertTest(AgentTestRun run)
        {
            var test = run.Test;
            var command = _upsertTest;
            command.Parameters.Clear();
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

        private long Insert(StoredTestRun stored, long testId)
        {
            var command = _insertResult;
            command.Parameters.Clear();
            Parameter(command, "@run", _runId);
            Parameter(command, "@test", testId);
            Parameter(command, "@status", stored.Status.ToString());
            Parameter(command, "@agent", stored.AgentName);
            Parameter(command, "@model", stored.AgentModel);
            Parameter(command, "@in", stored.InputTokens);
            Parameter(command, "@out", stored.OutputTokens);
            Parameter(command, "@total", stored.TotalTokens);
            Parameter(command, "@llm", stored.LlmCalls);
            Parameter(command, "@tools", stored.ToolCalls);
            Parameter(command, "@duration", stored.DurationMs);
            Parameter(command, "@attempt", stored.Attempt);
            Parameter(command, "@response", stored.ResponseText);
            Parameter(command, "@validations", stored.ValidationsJson);
            Parameter(command, "@errorType", stored.ErrorType);
            Parameter(command, "@errorMessage", stored.ErrorMessage);
            Parameter(command, "@started", Time(stored.StartedAt));
            Parameter(command, "@completed", Time(stored.CompletedAt));
            Parameter(command, "@conversation", stored.ConversationJson);
            Parameter(command, "@probe", stored.ProbeId);
            Parameter(command, "@probeCategory", stored.ProbeCategory);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        private bool MarkFlaky(long testId, long rowId)
        {
            var count = _countOutcomes;
            count.Parameters.Clear();
            Parameter(count, "@test", testId);
            Parameter(count, "@commit", _git.Commit);
            Parameter(count, "@window", FlakyWindow);
            if (Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) < 2)
                return false;
            _markFlaky.Parameters.Clear();
            Parameter(_markFlaky, "@id", rowId);
            _markFlaky.ExecuteNonQuery();
            return true;
        }
    }
}
