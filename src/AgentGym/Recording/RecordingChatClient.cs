using Microsoft.Extensions.AI;

namespace AgentGym.Recording;

/// <summary>The old name of <see cref="CassetteChatClient"/>, kept so that code written against it still builds.</summary>
[Obsolete("Use CassetteChatClient (or UseAgentGymCassette): record and replay is done with cassettes.")]
public sealed class RecordingChatClient : DelegatingChatClient
{
    /// <summary>Creates the wrapper: a <see cref="CassetteChatClient"/> around <paramref name="innerClient"/>.</summary>
    /// <param name="innerClient">The client that talks to the model.</param>
    /// <param name="cassette">Where exchanges are kept.</param>
    /// <param name="mode">What to do with each call.</param>
    /// <param name="redactor">What to remove before writing; the default redacts only the standard headers.</param>
    public RecordingChatClient(IChatClient innerClient, Cassette cassette, RecordMode mode, Redactor? redactor = null)
        : base(new CassetteChatClient(innerClient, cassette, mode, redactor))
    {
        Cassette = cassette;
        Mode = mode;
    }

    /// <summary>Gets the cassette.</summary>
    public Cassette Cassette { get; }

    /// <summary>Gets the mode.</summary>
    public RecordMode Mode { get; }

    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, options, cancellationToken);

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, options, cancellationToken);
}
