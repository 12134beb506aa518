using AgentGym.Results;

namespace AgentGym.Sdk;

/// <summary>
/// A results store whose results leave it redacted: what the command line shows and exports and what the server's API answers
/// goes through the redaction policy again, so that a run recorded before a secret was configured (or by an older version)
/// shows without it, and long answers stay capped. Writes, and the baselines that validators compare with, pass through as
/// they are.
/// </summary>
/// <param name="inner">The store; disposed with this one.</param>
/// <param name="redactor">The policy: <c>new ResultRedactor(new AgentGymOptions())</c> redacts the common key formats and the variables of <c>AGENTGYM_REDACT_ENV</c>.</param>
public sealed class RedactingResultStore(IResultStore inner, ResultRedactor redactor) : IResultStore
{
    private readonly IResultStore _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    private readonly ResultRedactor _redactor = redactor ?? throw new ArgumentNullException(nameof(redactor));

    /// <summary>Gets the store whose results this one redacts.</summary>
    public IResultStore Inner => _inner;

    /// <inheritdoc />
    public string Location => _inner.Location;

    /// <inheritdoc />
    public long BeginRun(RunInfo info) => _inner.BeginRun(info);

    /// <inheritdoc />
    public StoredTestRun RecordTestRun(long runId, AgentTestRun run) => _inner.RecordTestRun(runId, run);

    /// <inheritdoc />
    public IReadOnlyList<StoredTestRun> RecordTestRuns(long runId, IReadOnlyList<AgentTestRun> runs) => _inner.RecordTestRuns(runId, runs);

    /// <inheritdoc />
    public void RecordBenchmarkRun(long runId, BenchmarkRunRecord record) => _inner.RecordBenchmarkRun(runId, record);

    /// <inheritdoc />
    public void RecordBenchmarkIterations(long runId, IReadOnlyList<BenchmarkIterationRecord> iterations) => _inner.RecordBenchmarkIterations(runId, iterations);

    /// <inheritdoc />
    public BenchmarkProgress? GetLastBenchmarkProgress(string benchmark) => _inner.GetLastBenchmarkProgress(benchmark);

    /// <inheritdoc />
    public void CompleteRun(long runId, DateTimeOffset completedAt) => _inner.CompleteRun(runId, completedAt);

    /// <inheritdoc />
    public IReadOnlyList<StoredRun> ListRuns(RunQuery query) => _inner.ListRuns(query);

    /// <inheritdoc />
    public StoredRun? GetRun(long runId) => _inner.GetRun(runId);

    /// <inheritdoc />
    public IReadOnlyList<StoredTestRun> GetTestRuns(long runId) => [.. _inner.GetTestRuns(runId).Select(_redactor.Apply)];

    /// <inheritdoc />
    public IReadOnlyList<StoredBenchmarkRun> GetBenchmarkRuns(long runId) => [.. _inner.GetBenchmarkRuns(runId).Select(_redactor.Apply)];

    /// <inheritdoc />
    public IReadOnlyList<string> ListTestNames() => _inner.ListTestNames();

    /// <inheritdoc />
    public IReadOnlyList<StoredTestRun> GetTestHistory(string test, int limit) => [.. _inner.GetTestHistory(test, limit).Select(_redactor.Apply)];

    /// <inheritdoc />
    public void SetBaseline(string name, long runId) => _inner.SetBaseline(name, runId);

    /// <inheritdoc />
    public StoredTestRun? FindBaseline(string testId, string? baselineName, string mainBranch, long? excludeRunId = null) =>
        _inner.FindBaseline(testId, baselineName, mainBranch, excludeRunId);

    /// <inheritdoc />
    public void Dispose() => _inner.Dispose();
}
