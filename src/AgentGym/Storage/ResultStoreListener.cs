using System.Threading.Channels;
using AgentGym.Definitions;
using AgentGym.Results;

namespace AgentGym.Sdk;

/// <summary>
/// Records each test result in the store and passes it on at once. The store is opened, and the run begun in it, on a
/// background thread while the tests start: a run never waits for SQLite to load or for the git commit to be read. Results
/// are written in order by one background writer, in a transaction per batch of the results that have completed meanwhile,
/// so the engine never waits on the store and a killed run keeps every result written before it died. Which tests are running
/// is kept in a run journal beside the store (two small writes a test, no wait on the store), so that when the test host dies
/// the next run, and <c>agentgym runs show</c>, name them (<see cref="Sdk.CrashedRuns"/>); at its start and its end, a run
/// records and names the runs of the same store that died. A store that fails is a warning of the run, never a test failure:
/// results still reach the inner listener. A result the store finds flaky is named in a run-level warning.
/// </summary>
public sealed class ResultStoreListener : IAgentTestRunListener, IDisposable, IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly IAgentTestRunListener? _inner;
    private readonly Action<string> _warn;
    private readonly Channel<AgentTestRun> _pending = Channel.CreateUnbounded<AgentTestRun>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task<IResultStore?> _opened;
    private readonly Task _writer;
    private readonly RunJournal? _journal;
    private readonly string? _journalFolder;
    private readonly bool _ownsRun = true;
    private long _runId;
    private int _disposed;

    /// <summary>Opens the store and starts a run in it; when that fails, warns and only passes results on.</summary>
    /// <param name="inner">The listener that reports results (the test platform), or <see langword="null"/>.</param>
    /// <param name="connection">The store's connection text (see <see cref="ResultStores.Open(string)"/>).</param>
    /// <param name="info">What the run is.</param>
    /// <param name="warn">Receives run-level warnings.</param>
    public ResultStoreListener(IAgentTestRunListener? inner, string connection, RunInfo info, Action<string> warn)
        : this(inner, () => ResultStores.Open(connection), Describe(info), warn, opened: null, Sdk.CrashedRuns.JournalFolder(connection), info.Source)
    {
    }

    /// <summary>Starts a run in a store opened by <paramref name="openStore"/>; when that fails, warns and only passes results on.</summary>
    /// <param name="inner">The listener that reports results, or <see langword="null"/>.</param>
    /// <param name="openStore">Opens the store; this listener disposes it.</param>
    /// <param name="info">What the run is.</param>
    /// <param name="warn">Receives run-level warnings.</param>
    public ResultStoreListener(IAgentTestRunListener? inner, Func<IResultStore> openStore, RunInfo info, Action<string> warn)
        : this(inner, openStore, Describe(info), warn)
    {
    }

    /// <summary>
    /// Starts a run in a store opened by <paramref name="openStore"/>, with what <paramref name="describeRun"/> says about the
    /// run (reading the git commit costs time too); both run in the background.
    /// </summary>
    /// <param name="inner">The listener that reports results, or <see langword="null"/>.</param>
    /// <param name="openStore">Opens the store; this listener disposes it.</param>
    /// <param name="describeRun">Says what the run is.</param>
    /// <param name="warn">Receives run-level warnings.</param>
    /// <param name="opened">Told the store and the run's id once the run has begun in it; not called when the store fails.</param>
    /// <param name="journalFolder">
    /// The folder of the store's run journals (<see cref="Sdk.CrashedRuns.JournalFolder(string)"/>), or <see langword="null"/> to
    /// keep no journal: then a crash of the process loses which tests were running.
    /// </param>
    /// <param name="source">The test assembly, which the journal names in case the process dies before the store opens.</param>
    public ResultStoreListener(IAgentTestRunListener? inner, Func<IResultStore> openStore, Func<RunInfo> describeRun, Action<string> warn, Action<IResultStore, long>? opened = null, string? journalFolder = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(openStore);
        ArgumentNullException.ThrowIfNull(describeRun);
        ArgumentNullException.ThrowIfNull(warn);
        _inner = inner;
        _warn = warn;
        // Created before the first test starts: a test that kills the process at once is named too.
        _journalFolder = journalFolder;
        _journal = journalFolder is null ? null : RunJournal.Start(journalFolder, source, warn);
        _opened = Task.Run(() => Open(openStore, describeRun, opened));
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>
    /// Records into a run that was begun in <paramref name="store"/> already (a run queued by the server), and passes each result
    /// on. The run and the store stay the caller's: disposing this writes what is pending, but neither ends the run nor closes the store.
    /// </summary>
    /// <param name="inner">The listener that reports results, or <see langword="null"/>.</param>
    /// <param name="store">The open store.</param>
    /// <param name="runId">The run in it that the results belong to.</param>
    /// <param name="warn">Receives run-level warnings.</param>
    public ResultStoreListener(IAgentTestRunListener? inner, IResultStore store, long runId, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(warn);
        _inner = inner;
        _warn = warn;
        _runId = runId;
        _ownsRun = false;
        _opened = Task.FromResult<IResultStore?>(store);
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Gets why results are not (all) recorded, or <see langword="null"/> while every result so far was written.</summary>
    public string? Failure { get; private set; }

    /// <summary>Gets the store's id of this run, or <see langword="null"/> when nothing is recorded. Waits until the store is open.</summary>
    public long? RunId => Store is null ? null : _runId;

    /// <summary>Gets the store, or <see langword="null"/> when it could not be opened or the run has ended. Waits until the store is open.</summary>
    public IResultStore? Store => Volatile.Read(ref _disposed) == 0 ? _opened.GetAwaiter().GetResult() : null;

    /// <inheritdoc />
    public void OnTestStarted(AgentTestDefinition test)
    {
        ArgumentNullException.ThrowIfNull(test);
        _journal?.Started(test);
        _inner?.OnTestStarted(test);
    }

    /// <inheritdoc />
    public void OnTestCompleted(AgentTestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        // Until the store is open, results wait in the queue; after a failure to open, the writer drops them.
        _pending.Writer.TryWrite(run);
        _journal?.Ended(run.Test);
        _inner?.OnTestCompleted(run);
    }

    /// <summary>Writes what is still pending, marks the run as ended and closes the store.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _pending.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
        End(_opened.GetAwaiter().GetResult());
    }

    /// <summary>Writes what is still pending, marks the run as ended and closes the store, without holding a thread meanwhile.</summary>
    /// <returns>A task that completes when the results are written.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _pending.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        End(await _opened.ConfigureAwait(false));
    }

    private void End(IResultStore? store)
    {
        if (!_ownsRun || store is null)
        {
            _journal?.Dispose();
            return;
        }
        try
        {
            store.CompleteRun(_runId, DateTimeOffset.UtcNow);
            _journal?.Dispose();
            // A test host of the same store that died while this run went on (another test project of one 'dotnet test').
            RecoverCrashedRuns(store);
        }
        catch (ResultStoreException ex)
        {
            _warn($"The end of the run was not recorded: {ex.Message}");
        }
        finally
        {
            _journal?.Dispose();
            store.Dispose();
        }
    }

    private static Func<RunInfo> Describe(RunInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return () => info;
    }

    private IResultStore? Open(Func<IResultStore> openStore, Func<RunInfo> describeRun, Action<IResultStore, long>? opened)
    {
        IResultStore? store = null;
        try
        {
            store = openStore();
            _runId = store.BeginRun(describeRun());
            _journal?.RunBegan(_runId);
            opened?.Invoke(store, _runId);
            RecoverCrashedRuns(store);
            return store;
        }
        catch (ResultStoreException ex)
        {
            store?.Dispose();
            Failure = ex.Message;
            _warn($"Results are not recorded: {ex.Message}");
            return null;
        }
    }

    private void RecoverCrashedRuns(IResultStore store)
    {
        if (_journalFolder is null)
            return;
        try
        {
            foreach (var crashed in Sdk.CrashedRuns.Recover(store, _journalFolder, _journal?.Path))
                _warn(crashed.Describe());
        }
        catch (ResultStoreException ex)
        {
            _warn($"A run whose test host died could not be recorded: {ex.Message}");
        }
    }

    private async Task WriteAsync()
    {
        var store = await _opened.ConfigureAwait(false);
        var batch = new List<AgentTestRun>(MaxBatch);
        var failed = store is null;
        while (await _pending.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var run))
                batch.Add(run);
            if (failed)
                continue;
            try
            {
                var stored = store!.RecordTestRuns(_runId, batch);
                for (var i = 0; i < stored.Count; i++)
                {
                    // The store marks every result of a flaky test; the run warns where the flakiness shows: a result that did
                    // not pass here although the same commit passed before. A later pass is not warned about again.
                    if (stored[i].IsFlaky && !stored[i].Passed)
                        _warn($"Flaky: {batch[i].Test.DisplayName} did not pass, but passed in recent runs of the same commit ({store.Location}).");
                }
            }
            catch (ResultStoreException ex)
            {
                failed = true;
                Failure = ex.Message;
                _warn($"The results store stopped recording this run: {ex.Message}");
            }
        }
    }
}
