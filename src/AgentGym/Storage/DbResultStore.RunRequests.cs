using System.Data.Common;
using System.Globalization;

namespace AgentGym.Sdk;

public abstract partial class DbResultStore : IRunRequestStore
{
    private const string RequestColumns =
        "SELECT run_id, kind, target, definition_version, agent_name, trigger_text, status, requested_at, started_at, completed_at, owner, " +
        "lease_expires_at, cancel_requested, result_json, error FROM agent_run_requests ";

    /// <summary>
    /// Gets what the claim's inner select adds so that concurrent workers skip rows another one is claiming (PostgreSQL's
    /// <c>FOR UPDATE SKIP LOCKED</c>); empty where a write transaction already holds the whole database, as in SQLite.
    /// </summary>
    protected virtual string SkipLockedRows => string.Empty;

    /// <inheritdoc />
    public RunRequest EnqueueRun(RunInfo info, RunRequest request)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(request);
        var requestedAt = DateTimeOffset.UtcNow;
        return Write((connection, transaction) =>
        {
            long runId;
            using (var run = Command(connection, transaction,
                "INSERT INTO agent_runs (kind, source, git_commit, git_branch, machine, run_group, started_at) " +
                "VALUES (@kind, @source, @commit, @branch, @machine, @group, @started) RETURNING id"))
            {
                Parameter(run, "@kind", info.Kind);
                Parameter(run, "@source", info.Source);
                Parameter(run, "@commit", info.Commit);
                Parameter(run, "@branch", info.Branch);
                Parameter(run, "@machine", info.Machine);
                Parameter(run, "@group", info.Group);
                Parameter(run, "@started", Time(requestedAt));
                runId = Convert.ToInt64(run.ExecuteScalar(), CultureInfo.InvariantCulture);
            }
            using var insert = Command(connection, transaction,
                "INSERT INTO agent_run_requests (run_id, kind, target, definition_version, agent_name, trigger_text, status, requested_at, cancel_requested) " +
                "VALUES (@run, @kind, @target, @version, @agent, @trigger, @status, @at, 0)");
            Parameter(insert, "@run", runId);
            Parameter(insert, "@kind", request.Kind);
            Parameter(insert, "@target", request.Target);
            Parameter(insert, "@version", request.DefinitionVersion);
            Parameter(insert, "@agent", request.AgentName);
            Parameter(insert, "@trigger", request.Trigger);
            Parameter(insert, "@status", RunRequestStatus.Pending);
            Parameter(insert, "@at", Time(requestedAt));
            insert.ExecuteNonQuery();
            return request with { RunId = runId, Status = RunRequestStatus.Pending, RequestedAt = requestedAt };
        });
    }

    /// <inheritdoc />
    public RunRequest? GetRunRequest(long runId) => Run(connection =>
    {
        using var command = Command(connection, null, RequestColumns + "WHERE run_id = @run");
        Parameter(command, "@run", runId);
        return ReadAll(command, ReadRequest).FirstOrDefault();
    });

    /// <inheritdoc />
    public IReadOnlyList<RunRequest> ListRunRequests(string? kind, string? target, int limit) => Run(connection =>
    {
        using var command = Command(connection, null, RequestColumns + "WHERE 1 = 1" +
            (kind is null ? string.Empty : " AND kind = @kind") + (target is null ? string.Empty : " AND target = @target") + " ORDER BY run_id DESC LIMIT @limit");
        if (kind is not null)
            Parameter(command, "@kind", kind);
        if (target is not null)
            Parameter(command, "@target", target);
        Parameter(command, "@limit", Math.Max(1, limit));
        return ReadAll(command, ReadRequest);
    });

    /// <inheritdoc />
    public int CountPendingRunRequests() => Run(connection =>
    {
        using var command = Command(connection, null, "SELECT COUNT(*) FROM agent_run_requests WHERE status = 'pending'");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    });

    /// <inheritdoc />
    public RunRequest? ClaimRunRequest(string owner, DateTimeOffset now, DateTimeOffset leaseExpiresAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        return Write((connection, transaction) =>
        {
            using var command = Command(connection, transaction,
                "UPDATE agent_run_requests SET status = 'running', owner = @owner, started_at = @now, lease_expires_at = @lease " +
                "WHERE run_id = (SELECT run_id FROM agent_run_requests WHERE status = 'pending' ORDER BY run_id LIMIT 1" + SkipLockedRows + ") " +
                "AND status = 'pending' RETURNING run_id");
            Parameter(command, "@owner", owner);
            Parameter(command, "@now", Time(now));
            Parameter(command, "@lease", Time(leaseExpiresAt));
            var claimed = command.ExecuteScalar();
            if (claimed is null or DBNull)
                return null;
            using var read = Command(connection, transaction, RequestColumns + "WHERE run_id = @run");
            Parameter(read, "@run", Convert.ToInt64(claimed, CultureInfo.InvariantCulture));
            return ReadAll(read, ReadRequest).FirstOrDefault();
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<long> RenewLeases(string owner, DateTimeOffset leaseExpiresAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        return Write((connection, transaction) =>
        {
            using (var renew = Command(connection, transaction,
                "UPDATE agent_run_requests SET lease_expires_at = @lease WHERE owner = @owner AND status = 'running'"))
            {
                Parameter(renew, "@lease", Time(leaseExpiresAt));
                Parameter(renew, "@owner", owner);
                renew.ExecuteNonQuery();
            }
            using var cancelled = Command(connection, transaction,
                "SELECT run_id FROM agent_run_requests WHERE owner = @owner AND status = 'running' AND cancel_requested = 1");
            Parameter(cancelled, "@owner", owner);
            return ReadAll(cancelled, r => Long(r, 0));
        });
    }

    /// <inheritdoc />
    public bool CompleteRunRequest(long runId, string status, string? resultJson, string? error, DateTimeOffset completedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        return Write((connection, transaction) => Complete(connection, transaction, runId, status, resultJson, error, completedAt, "status IN ('pending', 'running')"));
    }

    /// <inheritdoc />
    public RunRequest? CancelRunRequest(long runId, DateTimeOffset now)
    {
        Write((connection, transaction) =>
        {
            if (Complete(connection, transaction, runId, RunRequestStatus.Cancelled, null, "Cancelled before it started.", now, "status = 'pending'"))
                return true;
            using var mark = Command(connection, transaction, "UPDATE agent_run_requests SET cancel_requested = 1 WHERE run_id = @run AND status = 'running'");
            Parameter(mark, "@run", runId);
            return mark.ExecuteNonQuery() > 0;
        });
        return GetRunRequest(runId);
    }

    /// <inheritdoc />
    public int FailAbandonedRunRequests(string? owner, DateTimeOffset now, string error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return Write((connection, transaction) =>
        {
            using var find = Command(connection, transaction, owner is null
                ? "SELECT run_id FROM agent_run_requests WHERE status = 'running' AND lease_expires_at < @now"
                : "SELECT run_id FROM agent_run_requests WHERE status = 'running' AND owner = @owner");
            if (owner is null)
                Parameter(find, "@now", Time(now));
            else
                Parameter(find, "@owner", owner);
            var abandoned = ReadAll(find, r => Long(r, 0));
            return abandoned.Count(runId => Complete(connection, transaction, runId, RunRequestStatus.Error, null, error, now, "status = 'running'"));
        });
    }

    private static bool Complete(DbConnection connection, DbTransaction transaction, long runId, string status, string? resultJson, string? error, DateTimeOffset at, string condition)
    {
        using var update = Command(connection, transaction,
            "UPDATE agent_run_requests SET status = @status, result_json = @result, error = @error, completed_at = @at, lease_expires_at = NULL " +
            "WHERE run_id = @run AND " + condition);
        Parameter(update, "@status", status);
        Parameter(update, "@result", resultJson);
        Parameter(update, "@error", error);
        Parameter(update, "@at", Time(at));
        Parameter(update, "@run", runId);
        if (update.ExecuteNonQuery() == 0)
            return false;
        using var run = Command(connection, transaction, "UPDATE agent_runs SET completed_at = @at WHERE id = @run");
        Parameter(run, "@at", Time(at));
        Parameter(run, "@run", runId);
        run.ExecuteNonQuery();
        return true;
    }

    private static RunRequest ReadRequest(DbDataReader r) => new()
    {
        RunId = Long(r, 0),
        Kind = r.GetString(1),
        Target = r.GetString(2),
        DefinitionVersion = r.IsDBNull(3) ? null : (int)Long(r, 3),
        AgentName = Text(r, 4),
        Trigger = Text(r, 5),
        Status = r.GetString(6),
        RequestedAt = ParseTime(r.GetValue(7)),
        StartedAt = r.IsDBNull(8) ? null : ParseTime(r.GetValue(8)),
        CompletedAt = r.IsDBNull(9) ? null : ParseTime(r.GetValue(9)),
        Owner = Text(r, 10),
        LeaseExpiresAt = r.IsDBNull(11) ? null : ParseTime(r.GetValue(11)),
        CancelRequested = Long(r, 12) != 0,
        ResultJson = Text(r, 13),
        Error = Text(r, 14),
    };
}
