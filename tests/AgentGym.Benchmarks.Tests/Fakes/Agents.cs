using AgentGym.Agents;
using Microsoft.Extensions.AI;

namespace AgentGym.Benchmarks.Tests.Fakes;

/// <summary>Instant synthetic agents that count their calls and the calls running at once.</summary>
public sealed class CountingAgent(string name, Func<AgentRequest, string> answer) : IAgent
{
    private int _calls;
    private int _running;
    private int _maxRunning;

    public string Name => name;

    public int Calls => Volatile.Read(ref _calls);

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    public async Task<AgentResponse> RunAsync(AgentRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        var running = Interlocked.Increment(ref _running);
        int seen;
        while (running > (seen = Volatile.Read(ref _maxRunning)) && Interlocked.CompareExchange(ref _maxRunning, running, seen) != seen)
        {
        }

        await Task.Yield();
        Interlocked.Decrement(ref _running);
        var text = answer(request);
        return new AgentResponse(text) { Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = text.Length, TotalTokenCount = 10 + text.Length } };
    }
}
