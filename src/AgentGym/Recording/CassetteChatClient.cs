using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace AgentGym.Recording;

/// <summary>
/// A chat client wrapper that records each model call to a <see cref="Cassette"/> and replays it from there with no network. The
/// key is a hash of the messages and options (ids and times left out); secrets are redacted before anything is written.
/// Place it next to the provider's client, below function invocation and metrics, so that each round trip is one exchange
/// and replayed usage is still measured: <c>new ChatClientBuilder(openAIClient).UseAgentGymCassette(options, "judge")</c>.
/// </summary>
public sealed class CassetteChatClient : DelegatingChatClient
{
    private readonly Redactor _redactor;

    /// <summary>Creates the wrapper.</summary>
    /// <param name="innerClient">The client that talks to the model.</param>
    /// <param name="cassette">Where exchanges are kept.</param>
    /// <param name="mode">What to do with each call.</param>
    /// <param name="redactor">What to remove before writing; the default redacts only the standard headers.</param>
    public CassetteChatClient(IChatClient innerClient, Cassette cassette, RecordMode mode, Redactor? redactor = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(cassette);
        Cassette = cassette;
        Mode = mode;
        _redactor = redactor ?? new Redactor();
    }

    /// <summary>Gets the cassette.</summary>
    public Cassette Cassette { get; }

    /// <summary>Gets the mode.</summary>
    public RecordMode Mode { get; }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (Mode == RecordMode.Off)
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);

        var messageList = messages as IList<ChatMessage> ?? messages.ToList();
        var request = ChatExchange.Request(messageList, options, _redactor);
        var key = CanonicalJson.Key("chat", request);
        if (TryReplay(key, request, out var entry))
            return ChatExchange.Read<ChatResponse>(entry, Cassette);

        var response = await base.GetResponseAsync(messageList, options, cancellationToken).ConfigureAwait(false);
        Cassette.Save(new CassetteEntry(key, "chat", request, ChatExchange.Write(response, _redactor)));
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Mode == RecordMode.Off)
        {
            await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
                yield return update;
            yield break;
        }

        var messageList = messages as IList<ChatMessage> ?? messages.ToList();
        var request = ChatExchange.Request(messageList, options, _redactor);
        var key = CanonicalJson.Key("chat-stream", request);
        if (TryReplay(key, request, out var entry))
        {
            foreach (var update in ChatExchange.Read<List<ChatResponseUpdate>>(entry, Cassette))
                yield return update;
            yield break;
        }

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in base.GetStreamingResponseAsync(messageList, options, cancellationToken).ConfigureAwait(false))
        {
            updates.Add(update);
            yield return update;
        }

        Cassette.Save(new CassetteEntry(key, "chat-stream", request, ChatExchange.Write(updates, _redactor)));
    }

    private bool TryReplay(string key, JsonNode request, out CassetteEntry entry)
    {
        if (Mode is RecordMode.Replay or RecordMode.Auto && Cassette.TryGet(key, out entry))
            return true;
        if (Mode == RecordMode.Replay)
            throw ReplayMiss.Create(Cassette, key, "model call", request);
        entry = null!;
        return false;
    }
}
