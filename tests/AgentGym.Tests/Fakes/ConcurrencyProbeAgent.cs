using AgentGym.Agents;

namespace AgentGym.Tests.Fakes;

/// <summary>
/// An agent that tracks how many of its calls overlap. A call counts as running from its first line until it answers;
/// when <see cref="Held"/>, calls wait for <see cref="Release"/>, so calls started together without a limiter surely overlap.
/// </summary>
public sealed class ConcurrencyProbeAgent(string name = "probe") : IAgent
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _running;
    private int _maxRunning;
    private int _calls;

    public string Name => name;

    /// <summary>Gets the most calls that ran at the same time.</summary>
    public int MaxConcurrentCalls => Volatile.Read(ref _maxRunning);

    /// <summary>Gets how many calls started.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Gets or sets whether calls wait for <see cref="Release"/> before they answer.</summary>
    public bool Held { get; init; }

    /// <summary>Lets held calls answer.</summary>
    public void Release() => _release.TrySetResult();

    public async Task<AgentResponse> RunAsync(AgentRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _maxRunning, running);
        try
        {
            await Task.Yield();
            if (Held)
                await _release.Task.WaitAsync(cancellationToken);
            await Task.Yield();
            return new AgentResponse($"done: {request.Task}");
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
                return;
            current = seen;
        }
    }
}
