using AgentGym.Configuration;
using Microsoft.Extensions.AI;

namespace AgentGym.Recording;

/// <summary>The old names of <see cref="CassetteChatClientBuilderExtensions"/>, kept so that code written against them still builds.</summary>
public static class RecordingChatClientBuilderExtensions
{
    /// <summary>The old name of <see cref="CassetteChatClientBuilderExtensions.UseAgentGymCassette(ChatClientBuilder, AgentGymOptions, string, IEnumerable{string?}?)"/>.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">The run's options.</param>
    /// <param name="cassetteName">The cassette's name, such as the agent's or <c>judge</c>.</param>
    /// <param name="secretValues">More values to redact, such as the API key.</param>
    /// <returns>The same builder.</returns>
    [Obsolete("Use UseAgentGymCassette: record and replay is done with cassettes.")]
    public static ChatClientBuilder UseAgentGymRecording(this ChatClientBuilder builder, AgentGymOptions options, string cassetteName, IEnumerable<string?>? secretValues = null) =>
        builder.UseAgentGymCassette(options, cassetteName, secretValues);

    /// <summary>The old name of <see cref="CassetteChatClientBuilderExtensions.UseAgentGymCassette(ChatClientBuilder, Cassette, RecordMode, Redactor?)"/>.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="cassette">Where exchanges are kept.</param>
    /// <param name="mode">What to do with each call.</param>
    /// <param name="redactor">What to remove before writing.</param>
    /// <returns>The same builder.</returns>
    [Obsolete("Use UseAgentGymCassette: record and replay is done with cassettes.")]
    public static ChatClientBuilder UseAgentGymRecording(this ChatClientBuilder builder, Cassette cassette, RecordMode mode, Redactor? redactor = null) =>
        builder.UseAgentGymCassette(cassette, mode, redactor);
}
