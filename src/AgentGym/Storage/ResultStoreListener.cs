using AgentGym.Definitions;
using AgentGym.Execution;
using AgentGym.Results;

namespace AgentGym.Storage;

/// <summary>
/// Records each test result in the store as it completes (a transaction per result, so a killed run keeps what it reported),
/// then passes it on. A store that fails is a warning of the run, never a test failure: results still reach the inner listener.
/// </summary>
public sealed class ResultStoreListener : IAgentTestRunListener, IDisposable
{
    private readonly IAgentTestRunListener? _inner;
    private readonly Action<string> _warn;
    private IResultStore? _store;
    private long _runId;
    private int _failed;

    /// <summary>Opens the store and starts a run in it; when that fails, warns and only passes results on.</summary>
    /// <param name="inner">The listener that reports results (the test platform), or <see langword="null"/>.</param>
    /// <param name="connection">The store's connection text (see <see cref="ResultStores.Open(string)"/>).</param>
    /// <param name="info">What the run is.</param>
    /// <param name="warn">Receives run-level warnings.</param>
    public ResultStoreListener(IAgentTestRunListener? inner, string connection, RunInfo info, Action<string> warn)
        : this(inner, () => ResultStores.Open(connection), info, warn)
    {
    }

    /// <summary>Starts a run in a store opened by <paramref name="openStore"/>; when that fails, warns and only passes results on.</summary>
    /// <param name="inner">The listener that reports results, or <see langword="null"/>.</param>
    /// <param name="openStore">Opens the store; this listener disposes it.</param>
    /// <param name="info">What the run is.</param>
    /// <param name="warn">Receives run-level warnings.</param>
    public ResultStoreListener(IAgentTestRunListener? inner, Func<IResultStore> openStore, RunInfo info, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(openStore);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(warn);
        _inner = inner;
        _warn = warn;
        try
        {
            _store = openStore();
            _runId = _store.BeginRun(info);
        }
        catch (ResultStoreException ex)
        {
            _store?.Dispose();
            _store = null;
            warn($"[AgentGym] Results are not recorded: {ex.Message}");
        }
    }

    /// <summary>Gets the store's id of this run, or <see langword="null"/> when nothing is recorded.</summary>
    public long? RunId => _store is null ? null : _runId;

    /// <summary>Gets the store, or <see langword="null"/> when it could not be opened.</summary>
    public IResultStore? Store => _store;

    /// <inheritdoc />
    public void OnTestStarted(AgentTestDefinition test) => _inner?.OnTestStarted(test);

    /// <inheritdoc />
    public void OnTestCompleted(AgentTestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var reported = run;
        if (_store is { } store && Volatile.Read(ref _failed) == 0)
        {
            try
            {
                if (store.RecordTestRun(_runId, run).IsFlaky)
                    reported = run with { Output = run.Output + $"[AgentGym] Flaky: this test's outcome changed across recent runs of the same commit ({store.Location}).{Environment.NewLine}" };
            }
            catch (ResultStoreException ex)
            {
                if (Interlocked.Exchange(ref _failed, 1) == 0)
                    _warn($"[AgentGym] Recording stopped: {ex.Message}");
            }
        }
        _inner?.OnTestCompleted(reported);
    }

    /// <summary>Marks the run as ended and closes the store.</summary>
    public void Dispose()
    {
        if (_store is not { } store)
            return;
        _store = null;
        try
        {
            store.CompleteRun(_runId, DateTimeOffset.UtcNow);
        }
        catch (ResultStoreException ex)
        {
            _warn($"[AgentGym] The end of the run was not recorded: {ex.Message}");
        }
        finally
        {
            store.Dispose();
        }
    }
}
