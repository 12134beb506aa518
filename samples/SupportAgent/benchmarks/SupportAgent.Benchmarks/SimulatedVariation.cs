using AgentGym.Execution;
using Microsoft.Extensions.AI;

namespace SupportAgent.Benchmarks;

/// <summary>
/// Makes the simulated model behave like a real one in a benchmark: each call waits a latency drawn uniformly from
/// mean ± spread, and with probability <c>forgetRate</c> the model answers without doing the task. The draws depend only on
/// the seed, the task, the iteration and the step of the conversation, so every run makes the same draws whatever order
/// the parallel iterations run in.
/// </summary>
public sealed class SimulatedVariation(IChatClient inner, int seed, double meanMs, double spreadMs, double forgetRate) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var conversation = messages.ToList();
        var attempt = AgentTestContext.Current;
        var random = new Random(StableHash($"{seed}|{attempt?.Test.Id}|{attempt?.Run}|{conversation.Count}"));
        var latency = meanMs + (((random.NextDouble() * 2) - 1) * spreadMs);
        await Task.Delay(TimeSpan.FromMilliseconds(latency), cancellationToken).ConfigureAwait(false);
        if (random.NextDouble() < forgetRate)
        {
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "Sorry, could you tell me more about your problem?"))
            {
                Usage = new UsageDetails { InputTokenCount = 60, OutputTokenCount = 12, TotalTokenCount = 72 },
            };
        }

        return await base.GetResponseAsync(conversation, options, cancellationToken).ConfigureAwait(false);
    }

    // FNV-1a: string.GetHashCode differs from one process to the next.
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return (int)hash;
    }
}
