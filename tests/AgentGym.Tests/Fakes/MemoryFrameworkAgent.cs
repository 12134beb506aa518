using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using FrameworkResponse = Microsoft.Agents.AI.AgentResponse;

namespace AgentGym.Tests.Fakes;

/// <summary>
/// A Microsoft Agent Framework agent that keeps the conversation in its session, as framework agents do: it answers with
/// how many user messages its session has seen, and remembers each session it created and each one it ran in.
/// </summary>
public sealed class MemoryFrameworkAgent : AIAgent
{
    private readonly List<AgentSession?> _sessionsRunIn = [];

    public override string Name => "memory";

    /// <summary>Gets how many sessions the agent made.</summary>
    public int SessionsCreated { get; private set; }

    /// <summary>Gets the session of each run, in order.</summary>
    public IReadOnlyList<AgentSession?> SessionsRunIn => _sessionsRunIn;

    /// <summary>Gets the messages of each run, in order.</summary>
    public List<IReadOnlyList<ChatMessage>> Runs { get; } = [];

    protected override Task<FrameworkResponse> RunCoreAsync(
        IEnumerable<ChatMessage> messages, AgentSession? session = null, AgentRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        List<ChatMessage> sent = [.. messages];
        Runs.Add(sent);
        _sessionsRunIn.Add(session);
        var memory = (session as MemorySession)?.Messages ?? [];
        memory.AddRange(sent);
        var answer = new ChatMessage(ChatRole.Assistant, $"I have seen {memory.Count(m => m.Role == ChatRole.User)} user message(s).");
        memory.Add(answer);
        return Task.FromResult(new FrameworkResponse(answer));
    }

    protected override async IAsyncEnumerable<AgentResponseUpdate> RunCoreStreamingAsync(
        IEnumerable<ChatMessage> messages, AgentSession? session = null, AgentRunOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await RunCoreAsync(messages, session, options, cancellationToken);
        foreach (var update in response.ToAgentResponseUpdates())
            yield return update;
    }

    protected override ValueTask<AgentSession> CreateSessionCoreAsync(CancellationToken cancellationToken = default)
    {
        SessionsCreated++;
        return ValueTask.FromResult<AgentSession>(new MemorySession());
    }

    protected override ValueTask<JsonElement> SerializeSessionCoreAsync(AgentSession session, JsonSerializerOptions? jsonSerializerOptions = null, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(JsonSerializer.SerializeToElement(new { }));

    protected override ValueTask<AgentSession> DeserializeSessionCoreAsync(JsonElement serializedState, JsonSerializerOptions? jsonSerializerOptions = null, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<AgentSession>(new MemorySession());

    private sealed class MemorySession : AgentSession
    {
        public List<ChatMessage> Messages { get; } = [];
    }
}
