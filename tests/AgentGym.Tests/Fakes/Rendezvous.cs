namespace AgentGym.Tests.Fakes;

/// <summary>Holds each caller until a given number have arrived, so that the test knows they all overlap.</summary>
public sealed class Rendezvous(int parties)
{
    private readonly TaskCompletionSource _everyone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public Task ArriveAndWaitAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _arrived) == parties)
            _everyone.TrySetResult();
        return _everyone.Task.WaitAsync(cancellationToken);
    }
}
