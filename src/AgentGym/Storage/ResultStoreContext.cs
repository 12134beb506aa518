namespace AgentGym.Sdk;

/// <summary>
/// The results store of the current run, as a service in the test container: validators that compare with history (the
/// <see cref="Validation.BaselineValidator"/> of regression tests) read it. Empty when recording is off.
/// </summary>
public sealed class ResultStoreContext
{
    private IResultStore? _store;
    private long? _runId;
    private ResultStoreListener? _recording;

    /// <summary>Gets the store, or <see langword="null"/> when nothing is recorded. Waits until a recording's store is open.</summary>
    public IResultStore? Store => _recording is { } recording ? recording.Store : _store;

    /// <summary>Gets the store's id of the current run, so that comparisons leave it out.</summary>
    public long? RunId => _recording is { } recording ? recording.RunId : _runId;

    /// <summary>Gets the branch whose last passing run is a test's baseline.</summary>
    public string BaselineBranch { get; private set; } = "main";

    /// <summary>Connects the current run's store; the recording front end calls this before tests start.</summary>
    /// <param name="store">The store.</param>
    /// <param name="runId">The current run.</param>
    /// <param name="baselineBranch">The branch of baselines.</param>
    public void Attach(IResultStore? store, long? runId, string baselineBranch)
    {
        ArgumentNullException.ThrowIfNull(baselineBranch);
        (_store, _runId, _recording, BaselineBranch) = (store, runId, null, baselineBranch);
    }

    /// <summary>
    /// Connects the current run's recording, whose store may still be opening: a validator that reads <see cref="Store"/>
    /// waits for it, and tests that read no history never do.
    /// </summary>
    /// <param name="recording">The recording, or <see langword="null"/> when nothing is recorded.</param>
    /// <param name="baselineBranch">The branch of baselines.</param>
    internal void Attach(ResultStoreListener? recording, string baselineBranch)
    {
        ArgumentNullException.ThrowIfNull(baselineBranch);
        (_store, _runId, _recording, BaselineBranch) = (null, null, recording, baselineBranch);
    }
}
