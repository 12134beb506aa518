using AgentGym.Configuration;
using Microsoft.Extensions.AI;

namespace AgentGym.Recording;

/// <summary>Adds record and replay on a cassette to a chat client pipeline.</summary>
public static class CassetteChatClientBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="CassetteChatClient"/> that uses the run's mode (<see cref="AgentGymOptions.RecordMode"/>, or the
    /// <c>AGENTGYM_RECORD_MODE</c> environment variable), the cassette <c>{CassetteDirectory}/{cassetteName}.cassette.json</c>
    /// and the run's <see cref="AgentGymOptions.Redaction"/>. Call it last, so that it sits next to the provider's client.
    /// </summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">The run's options.</param>
    /// <param name="cassetteName">The cassette's name, such as the agent's or <c>judge</c>.</param>
    /// <param name="secretValues">More values to redact, such as the API key.</param>
    /// <returns>The same builder.</returns>
    public static ChatClientBuilder UseAgentGymCassette(this ChatClientBuilder builder, AgentGymOptions options, string cassetteName, IEnumerable<string?>? secretValues = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(cassetteName);
        var mode = CassetteSettings.EffectiveMode(options);
        if (mode == RecordMode.Off)
            return builder;
        var cassette = Cassette.Open(CassetteSettings.CassettePath(options, cassetteName));
        var redactor = new Redactor(options.Redaction, secretValues);
        return builder.Use(inner => new CassetteChatClient(inner, cassette, mode, redactor));
    }

    /// <summary>Adds a <see cref="CassetteChatClient"/> on a given cassette.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="cassette">Where exchanges are kept.</param>
    /// <param name="mode">What to do with each call.</param>
    /// <param name="redactor">What to remove before writing.</param>
    /// <returns>The same builder.</returns>
    public static ChatClientBuilder UseAgentGymCassette(this ChatClientBuilder builder, Cassette cassette, RecordMode mode, Redactor? redactor = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new CassetteChatClient(inner, cassette, mode, redactor));
    }
}
