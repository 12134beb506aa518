using Microsoft.Extensions.AI;

namespace SupportAgent.Benchmarks;

/// <summary>
/// Makes the simulated model behave like a real one in a benchmark: each call waits a latency drawn uniformly from
/// mean ± spread, and with probability <c>forgetRate</c> the model answers without doing the task. Seeded, so runs repeat.
/// </summary>
public sealed class SimulatedVariation(IChatClient inner, int seed, double meanMs, double spreadMs, double forgetRate) : DelegatingChatClient(inner)
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        double latency, draw;
        lock (_gate)
        {
            latency = meanMs + ((_random.NextDouble() * 2) - 1) * spreadMs;
            draw = _random.NextDouble();
        }

        await Task.Delay(TimeSpan.FromMilliseconds(latency), cancellationToken).ConfigureAwait(false);
        if (draw < forgetRate)
        {
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "Sorry, could you tell me more about your problem?"))
            {
                Usage = new UsageDetails { InputTokenCount = 60, OutputTokenCount = 12, TotalTokenCount = 72 },
            };
        }

        return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
    }
}
