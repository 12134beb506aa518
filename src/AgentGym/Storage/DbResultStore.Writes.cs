using System.Globalization;
using AgentGym.Results;
using AgentGym.Security;

namespace AgentGym.Sdk;

public abstract partial class DbResultStore
{
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
        return Write((connection, transaction) =>
        {
            using var writer = new TestRunWriter(connection, transaction, runId);
            return writer.Record(run);
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredTestRun> RecordTestRuns(long runId, IReadOnlyList<AgentTestRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs.Count == 0 ? [] : Write((connection, transaction) =>
        {
            // One writer for the batch: its statements are prepared once, and the run's commit and branch read once.
            using var writer = new TestRunWriter(connection, transaction, runId);
            var stored = new List<StoredTestRun>(runs.Count);
            foreach (var run in runs)
                stored.Add(writer.Record(run));
            return stored;
        });
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
