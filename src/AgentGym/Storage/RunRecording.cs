using AgentGym.Configuration;
using AgentGym.Execution;

namespace AgentGym.Storage;

/// <summary>
/// How a front end records a run: the store named by the options (else <c>AGENTGYM_STORE</c>, else the default file next to
/// the project of <c>sourcePath</c>), with the git commit and branch of the source's folder. Recording never fails a run.
/// </summary>
public static class RunRecording
{
    /// <summary>Starts recording a run of tests, or returns <see langword="null"/> when recording is off.</summary>
    /// <param name="inner">The listener that reports results.</param>
    /// <param name="options">The run's options (<see cref="AgentGymOptions.Store"/>).</param>
    /// <param name="sourcePath">The test assembly.</param>
    /// <param name="warn">Receives run-level warnings.</param>
    /// <param name="services">The run's services; their <see cref="ResultStoreContext"/> gets the store, for regression tests.</param>
    /// <returns>The recording listener, wrapping <paramref name="inner"/>; dispose it when the run ends.</returns>
    public static ResultStoreListener? StartTests(IAgentTestRunListener? inner, AgentGymOptions options, string sourcePath, Action<string> warn, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sourcePath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(sourcePath));
        if (StoreSettings.Resolve(options.Store, folder) is not { } store)
            return null;
        // The store opens and the commit is read in the background, while the tests start.
        var listener = new ResultStoreListener(inner, () => ResultStores.Open(store), () => RunInfo.Detect(RunKinds.Test, Path.GetFileName(sourcePath), folder), warn);
        (services?.GetService(typeof(ResultStoreContext)) as ResultStoreContext)?.Attach(listener, options.BaselineBranch);
        return listener;
    }

    /// <summary>Records a finished benchmark run as a run of its own, unless recording is off.</summary>
    /// <param name="options">The run's options, or <see langword="null"/> for the defaults.</param>
    /// <param name="sourcePath">The assembly of the benchmark class.</param>
    /// <param name="record">The benchmark run.</param>
    /// <param name="warn">Receives a warning when the store fails.</param>
    /// <returns>The store's id of the run, or <see langword="null"/> when nothing was recorded.</returns>
    public static long? RecordBenchmark(AgentGymOptions? options, string sourcePath, BenchmarkRunRecord record, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(warn);
        var folder = string.IsNullOrEmpty(sourcePath) ? null : Path.GetDirectoryName(Path.GetFullPath(sourcePath));
        if (StoreSettings.Resolve(options?.Store, folder) is not { } connection)
            return null;
        try
        {
            using var store = ResultStores.Open(connection);
            var info = RunInfo.Detect(RunKinds.Benchmark, Path.GetFileName(sourcePath), folder) with { StartedAt = record.StartedAt };
            var runId = store.BeginRun(info);
            store.RecordBenchmarkRun(runId, record);
            store.CompleteRun(runId, record.CompletedAt);
            return runId;
        }
        catch (ResultStoreException ex)
        {
            warn($"[AgentGym] The benchmark run is not recorded: {ex.Message}");
            return null;
        }
    }
}
