using Microsoft.Extensions.AI;

namespace Consumer;

/// <summary>A judge model that, with CONSUMER_FAULTS=on, throws or never answers (ignoring cancellation) for the answers that ask for it.</summary>
public sealed class FaultyJudge : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prompt = string.Join("\n", messages.Select(m => m.Text));
        if (FaultTests.FaultsOn && prompt.Contains(FaultTests.JudgeThrows, StringComparison.Ordinal))
            throw new HttpRequestException("The judge model is unreachable.");
        if (FaultTests.FaultsOn && prompt.Contains(FaultTests.JudgeHangs, StringComparison.Ordinal))
            await new TaskCompletionSource().Task;
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, "{\"score\": 1, \"reasoning\": \"It repeats the request.\"}"));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The judge is not streamed.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
