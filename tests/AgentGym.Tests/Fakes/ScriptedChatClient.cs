using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Fakes;

/// <summary>A model that answers each call with the next scripted response, streaming or not, and remembers what it was sent.</summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly ConcurrentQueue<ChatResponse> _script;
    private readonly ConcurrentQueue<IReadOnlyList<ChatMessage>> _requests = new();

    public ScriptedChatClient(params ChatResponse[] script) => _script = new ConcurrentQueue<ChatResponse>(script);

    /// <summary>Gets the messages of each call, in order.</summary>
    public IReadOnlyList<IReadOnlyList<ChatMessage>> Requests => [.. _requests];

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = Next(messages);
        await Task.Yield();
        return response;
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = Next(messages);
        foreach (var update in response.ToChatResponseUpdates())
        {
            await Task.Yield();
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private ChatResponse Next(IEnumerable<ChatMessage> messages)
    {
        _requests.Enqueue([.. messages]);
        return _script.TryDequeue(out var response)
            ? response
            : throw new InvalidOperationException($"The scripted model has no answer left for call {_requests.Count}.");
    }
}
