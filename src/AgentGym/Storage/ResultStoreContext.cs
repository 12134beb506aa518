namespace AgentGym.Sdk;

/// <summary>
/// The results store of the current run, as a service in the test container: validators that compare with history (the
/// <see cref="Validation.BaselineValidator"/> of regression tests) read it. Empty when the results store is off. What is attached
/// holds for the calls that follow in the same asynchronous flow, so that runs which share one container at once (a server
/// running several requested runs) each see their own store and run.
/// </summary>
public sealed class ResultStoreContext
{
    private readonly AsyncLocal<Attachment?> _current = new();

    /// <summary>Gets the store, or <see langword="null"/> when nothing is recorded. Waits until a recording's store is open.</summary>
    public IResultStore? Store => _current.Value is { } current ? current.Recording is { } recording ? recording.Store : current.Store : null;

    /// <summary>Gets the store's id of the current run, so that comparisons leave it out.</summary>
    public long? RunId => _current.Value is { } current ? current.Recording is { } recording ? recording.RunId : current.RunId : null;

    /// <summary>Gets the branch whose last passing run is a test's baseline.</summary>
    public string BaselineBranch => _current.Value?.BaselineBranch ?? "main";

    /// <summary>Connects the current run's store; the front end that records the run calls this before tests start.</summary>
    /// <param name="store">The store.</param>
    /// <param name="runId">The current run.</param>
    /// <param name="baselineBranch">The branch of baselines.</param>
    public void Attach(IResultStore? store, long? runId, string baselineBranch)
    {
        ArgumentNullException.ThrowIfNull(baselineBranch);
        _current.Value = new Attachment(store, runId, null, baselineBranch);
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
        _current.Value = new Attachment(null, null, recording, baselineBranch);
    }

    private sealed record Attachment(IResultStore? Store, long? RunId, ResultStoreListener? Recording, string BaselineBranch);
}
