using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Fakes;

/// <summary>A user simulator model that says the next scripted message on each call, reports usage, and remembers each prompt.</summary>
public sealed class ScriptedUser(params string[] messages) : IChatClient
{
    private readonly ConcurrentQueue<string> _messages = new(messages);
    private readonly ConcurrentQueue<IReadOnlyList<ChatMessage>> _prompts = new();

    /// <summary>Gets the messages of each call, in order.</summary>
    public IReadOnlyList<IReadOnlyList<ChatMessage>> Prompts => [.. _prompts];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        _prompts.Enqueue([.. messages]);
        var next = _messages.TryDequeue(out var message) ? message : throw new InvalidOperationException("The scripted user has nothing left to say.");
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, next)) { Usage = ModelReply.Usage(100, 10) });
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
