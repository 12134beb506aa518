using System.Threading.Channels;
using AgentGym.Definitions;
using AgentGym.Execution;
using AgentGym.Results;

namespace AgentGym.Storage;

/// <summary>
/// Records each test result in the store and passes it on at once. Results are written in order by one background writer,
/// in a transaction per batch of the results that have completed meanwhile, so the engine never waits on the store and a
/// killed run keeps every result written before it died. A store that fails is a warning of the run, never a test
/// failure: results still reach the inner listener. A result the store finds flaky is named in a run-level warning.
/// </summary>
public sealed class ResultStoreListener : IAgentTestRunListener, IDisposable
{
    private const int MaxBatch = 256;

    private readonly IAgentTestRunListener? _inner;
    private readonly Action<string> _warn;
    private readonly Channel<AgentTestRun> _pending = Channel.CreateUnbounded<AgentTestRun>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer = Task.CompletedTask;
    private IResultStore? _store;
    private long _runId;

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
            _writer = Task.Run(() => WriteAsync(_store));
        }
        catch (ResultStoreException ex)
        {
            _store?.Dispose();
            _store = null;
            warn($"Results are not recorded: {ex.Message}");
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
        if (_store is not null)
            _pending.Writer.TryWrite(run);
        _inner?.OnTestCompleted(run);
    }

    /// <summary>Writes what is still pending, marks the run as ended and closes the store.</summary>
    public void Dispose()
    {
        if (_store is not { } store)
            return;
        _pending.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
        _store = null;
        try
        {
            store.CompleteRun(_runId, DateTimeOffset.UtcNow);
        }
        catch (ResultStoreException ex)
        {
            _warn($"The end of the run was not recorded: {ex.Message}");
        }
        finally
        {
            store.Dispose();
        }
    }

    private async Task WriteAsync(IResultStore store)
    {
        var batch = new List<AgentTestRun>(MaxBatch);
        var failed = false;
        while (await _pending.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var run))
                batch.Add(run);
            if (failed)
                continue;
            try
            {
                var stored = store.RecordTestRuns(_runId, batch);
                for (var i = 0; i < stored.Count; i++)
                {
                    if (stored[i].IsFlaky)
                        _warn($"Flaky: {batch[i].Test.DisplayName} changed outcome across recent runs of the same commit ({store.Location}).");
                }
            }
            catch (ResultStoreException ex)
            {
                failed = true;
                _warn($"Recording stopped: {ex.Message}");
            }
        }
    }
}
