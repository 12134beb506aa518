using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using FrameworkResponse = Microsoft.Agents.AI.AgentResponse;

namespace AgentGym.Tests.Fakes;

/// <summary>A Microsoft Agent Framework agent that answers every run with the same response and remembers what it was sent.</summary>
public sealed class FakeFrameworkAgent(string name, FrameworkResponse response) : AIAgent
{
    private readonly ConcurrentQueue<IReadOnlyList<ChatMessage>> _runs = new();

    public override string Name => name;

    /// <summary>Gets the messages of each run, in order.</summary>
    public IReadOnlyList<IReadOnlyList<ChatMessage>> Runs => [.. _runs];

    protected override async Task<FrameworkResponse> RunCoreAsync(
        IEnumerable<ChatMessage> messages, AgentSession? session = null, AgentRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        _runs.Enqueue([.. messages]);
        await Task.Yield();
        return response;
    }

    protected override async IAsyncEnumerable<AgentResponseUpdate> RunCoreStreamingAsync(
        IEnumerable<ChatMessage> messages, AgentSession? session = null, AgentRunOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        _runs.Enqueue([.. messages]);
        foreach (var update in response.ToAgentResponseUpdates())
        {
            await Task.Yield();
            yield return update;
        }
    }

    protected override ValueTask<AgentSession> CreateSessionCoreAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<AgentSession>(new FakeSession());

    protected override ValueTask<JsonElement> SerializeSessionCoreAsync(AgentSession session, JsonSerializerOptions? jsonSerializerOptions = null, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(JsonSerializer.SerializeToElement(new { }));

    protected override ValueTask<AgentSession> DeserializeSessionCoreAsync(JsonElement serializedState, JsonSerializerOptions? jsonSerializerOptions = null, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<AgentSession>(new FakeSession());

    private sealed class FakeSession : AgentSession;
}
