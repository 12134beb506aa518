namespace AgentGym.Storage;

/// <summary>
/// The results store of the current run, as a service in the test container: validators that compare with history (the
/// <see cref="Validation.BaselineValidator"/> of regression tests) read it. Empty when recording is off.
/// </summary>
public sealed class ResultStoreContext
{
    /// <summary>Gets the store, or <see langword="null"/> when nothing is recorded.</summary>
    public IResultStore? Store { get; private set; }

    /// <summary>Gets the store's id of the current run, so that comparisons leave it out.</summary>
    public long? RunId { get; private set; }

    /// <summary>Gets the branch whose last passing run is a test's baseline.</summary>
    public string BaselineBranch { get; private set; } = "main";

    /// <summary>Connects the current run's store; the recording front end calls this before tests start.</summary>
    /// <param name="store">The store.</param>
    /// <param name="runId">The current run.</param>
    /// <param name="baselineBranch">The branch of baselines.</param>
    public void Attach(IResultStore? store, long? runId, string baselineBranch)
    {
        ArgumentNullException.ThrowIfNull(baselineBranch);
        (Store, RunId, BaselineBranch) = (store, runId, baselineBranch);
    }
}
