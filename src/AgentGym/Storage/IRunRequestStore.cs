namespace AgentGym.Sdk;

/// <summary>
/// The queue of runs asked for over the REST API, kept in the results store so that every server and worker on one store
/// shares it: a worker claims a pending run with a lease, renews the lease while it runs, and a run whose lease ran out
/// (its worker died) is ended as an error by the next worker that looks. Each run is claimed by one worker only.
/// </summary>
public interface IRunRequestStore
{
    /// <summary>Starts a run in the store and queues it, in one transaction.</summary>
    /// <param name="info">What the run is, as recorded in <c>agent_runs</c>.</param>
    /// <param name="request">What to run; its <see cref="RunRequest.RunId"/> is ignored.</param>
    /// <returns>The queued request, with its run id.</returns>
    RunRequest EnqueueRun(RunInfo info, RunRequest request);

    /// <summary>Finds a requested run.</summary>
    /// <param name="runId">The run's id.</param>
    /// <returns>The request, or <see langword="null"/> when the run was not requested over the API.</returns>
    RunRequest? GetRunRequest(long runId);

    /// <summary>Lists requested runs, newest first.</summary>
    /// <param name="kind">The kind of run, or <see langword="null"/> for any.</param>
    /// <param name="target">The test id or benchmark name, or <see langword="null"/> for any.</param>
    /// <param name="limit">At most this many.</param>
    /// <returns>The requests.</returns>
    IReadOnlyList<RunRequest> ListRunRequests(string? kind, string? target, int limit);

    /// <summary>Counts the runs waiting in the queue.</summary>
    /// <returns>How many are pending.</returns>
    int CountPendingRunRequests();

    /// <summary>Claims the oldest pending run for a worker; two workers never claim the same run.</summary>
    /// <param name="owner">The worker.</param>
    /// <param name="now">The time now.</param>
    /// <param name="leaseExpiresAt">Until when the worker holds the run unless it renews the lease.</param>
    /// <returns>The claimed run, now running, or <see langword="null"/> when none is pending.</returns>
    RunRequest? ClaimRunRequest(string owner, DateTimeOffset now, DateTimeOffset leaseExpiresAt);

    /// <summary>Renews the leases of a worker's running runs.</summary>
    /// <param name="owner">The worker.</param>
    /// <param name="leaseExpiresAt">The new end of the leases.</param>
    /// <returns>The ids of its running runs that were asked to cancel.</returns>
    IReadOnlyList<long> RenewLeases(string owner, DateTimeOffset leaseExpiresAt);

    /// <summary>Ends a running run and its row in <c>agent_runs</c>, unless it has ended already.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="status">The final status.</param>
    /// <param name="resultJson">The result's summary as JSON, or <see langword="null"/>.</param>
    /// <param name="error">Why it ended in an error, or <see langword="null"/>.</param>
    /// <param name="completedAt">When it ended.</param>
    /// <returns><see langword="true"/> when this call ended it.</returns>
    bool CompleteRunRequest(long runId, string status, string? resultJson, string? error, DateTimeOffset completedAt);

    /// <summary>Asks a run to stop: a pending run is cancelled at once, a running one is marked for its worker.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="now">The time now.</param>
    /// <returns>The request after the call, or <see langword="null"/> when there is none.</returns>
    RunRequest? CancelRunRequest(long runId, DateTimeOffset now);

    /// <summary>Ends as errors the running runs whose worker stopped: those of <paramref name="owner"/>, or with a lease that ran out.</summary>
    /// <param name="owner">A worker that stopped, or <see langword="null"/> for runs whose lease ran out.</param>
    /// <param name="now">The time now.</param>
    /// <param name="error">The error to record.</param>
    /// <returns>How many runs were ended.</returns>
    int FailAbandonedRunRequests(string? owner, DateTimeOffset now, string error);
}
