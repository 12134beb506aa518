using AgentGym.Results;

namespace AgentGym.Sdk;

/// <summary>
/// Keeps every run of agent tests and benchmarks: the SQLite file by default (<see cref="SqliteResultStore"/>), PostgreSQL
/// for a team (AgentGym.Storage.PostgreSql). Each write is its own transaction, so a run killed half way keeps what was written.
/// May be called from several threads at once.
/// </summary>
public interface IResultStore : IDisposable
{
    /// <summary>Gets where the store lives, for messages: a file path or a server and database name, never a password.</summary>
    string Location { get; }

    /// <summary>Starts a run (one <c>dotnet test</c> of one assembly, or one benchmark run).</summary>
    /// <param name="info">Where and what the run is.</param>
    /// <returns>The run's id.</returns>
    long BeginRun(RunInfo info);

    /// <summary>Records one test result of a run, in a transaction of its own; marks it flaky when its commit saw another outcome.</summary>
    /// <param name="runId">The run, from <see cref="BeginRun(RunInfo)"/>.</param>
    /// <param name="run">The result.</param>
    /// <returns>The stored row.</returns>
    StoredTestRun RecordTestRun(long runId, AgentTestRun run);

    /// <summary>Records several test results of a run in one transaction, each marked flaky as by <see cref="RecordTestRun(long, AgentTestRun)"/>.</summary>
    /// <param name="runId">The run, from <see cref="BeginRun(RunInfo)"/>.</param>
    /// <param name="runs">The results, in the order they completed.</param>
    /// <returns>The stored rows, in the same order.</returns>
    IReadOnlyList<StoredTestRun> RecordTestRuns(long runId, IReadOnlyList<AgentTestRun> runs);

    /// <summary>Records a benchmark run's summary and its full JSON.</summary>
    /// <param name="runId">The run, from <see cref="BeginRun(RunInfo)"/>.</param>
    /// <param name="record">The benchmark run.</param>
    void RecordBenchmarkRun(long runId, BenchmarkRunRecord record);

    /// <summary>Records counted iterations of a benchmark as they end, in one transaction; an iteration already recorded in the run is left as it is.</summary>
    /// <param name="runId">The run, from <see cref="BeginRun(RunInfo)"/>.</param>
    /// <param name="iterations">The iterations.</param>
    void RecordBenchmarkIterations(long runId, IReadOnlyList<BenchmarkIterationRecord> iterations);

    /// <summary>Finds the newest run that recorded a benchmark (its iterations or its result), for a stopped benchmark to resume from.</summary>
    /// <param name="benchmark">The benchmark's name.</param>
    /// <returns>The run's progress, or <see langword="null"/> when the benchmark was never recorded.</returns>
    BenchmarkProgress? GetLastBenchmarkProgress(string benchmark);

    /// <summary>Marks a run as ended.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="completedAt">When it ended.</param>
    void CompleteRun(long runId, DateTimeOffset completedAt);

    /// <summary>Lists runs, newest first.</summary>
    /// <param name="query">The filters.</param>
    /// <returns>The runs with their totals.</returns>
    IReadOnlyList<StoredRun> ListRuns(RunQuery query);

    /// <summary>Finds one run.</summary>
    /// <param name="runId">The run's id.</param>
    /// <returns>The run, or <see langword="null"/> when there is none with that id.</returns>
    StoredRun? GetRun(long runId);

    /// <summary>Gets a run's test results, in the order they were recorded.</summary>
    /// <param name="runId">The run's id.</param>
    /// <returns>The results.</returns>
    IReadOnlyList<StoredTestRun> GetTestRuns(long runId);

    /// <summary>Gets a run's benchmark results.</summary>
    /// <param name="runId">The run's id.</param>
    /// <returns>The benchmark runs.</returns>
    IReadOnlyList<StoredBenchmarkRun> GetBenchmarkRuns(long runId);

    /// <summary>Gets the full names of every test the store has a result of, in order.</summary>
    /// <returns>The names, for <see cref="TestNameLookup"/> to match what a user typed against.</returns>
    IReadOnlyList<string> ListTestNames();

    /// <summary>Gets the history of one test, newest first.</summary>
    /// <param name="test">The test's id, or its full name (every agent and input of it).</param>
    /// <param name="limit">At most this many results.</param>
    /// <returns>The results.</returns>
    IReadOnlyList<StoredTestRun> GetTestHistory(string test, int limit);

    /// <summary>Names a run as a baseline, replacing an earlier baseline of that name.</summary>
    /// <param name="name">The baseline's name.</param>
    /// <param name="runId">The run.</param>
    void SetBaseline(string name, long runId);

    /// <summary>
    /// Finds the result a regression test compares with: the test's result in the named baseline, or, without a name, its last
    /// passing result on <paramref name="mainBranch"/> (on any branch when no run has one).
    /// </summary>
    /// <param name="testId">The test's id.</param>
    /// <param name="baselineName">The baseline's name, or <see langword="null"/>.</param>
    /// <param name="mainBranch">The branch whose passing runs are baselines.</param>
    /// <param name="excludeRunId">A run to leave out (the current one).</param>
    /// <returns>The baseline result, or <see langword="null"/> when there is none yet.</returns>
    StoredTestRun? FindBaseline(string testId, string? baselineName, string mainBranch, long? excludeRunId = null);
}
