namespace AgentGym.Server.Runs;

/// <summary>Wakes this process's worker when a run is queued here, so it need not wait for its next look at the store.</summary>
internal sealed class RunQueueSignal
{
    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);

    public void Notify() => _signal.Release();

    /// <summary>Waits for a notification, at most <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
