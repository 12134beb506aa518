using System.ClientModel;
using AgentGym.Agents;
using AgentGym.Configuration;
using AgentGym.Recording;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace AgentGym.OpenAI;

/// <summary>
/// Makes agents that talk to any OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI's v1 endpoint, Ollama,
/// vLLM) through the official OpenAI client. The agent is a <see cref="ChatClientAgent"/>: tools run through
/// <see cref="FunctionInvokingChatClient"/>, and the usage and tool calls of the real responses feed the metrics.
/// </summary>
public static class OpenAIAgent
{
    /// <summary>The prefix that makes an API key argument name an environment variable: <c>env:OPENAI_API_KEY</c>.</summary>
    public const string EnvironmentPrefix = "env:";

    // The OpenAI client needs a key; local servers such as Ollama and vLLM ignore it.
    private const string NoKey = "no-key";

    /// <summary>Makes an agent that records and replays its model calls as the run's options say.</summary>
    /// <param name="name">The agent's name, also the name of its cassette.</param>
    /// <param name="endpoint">The API's base address, such as <c>https://api.openai.com/v1</c> or <c>http://localhost:11434/v1</c>.</param>
    /// <param name="model">The model id.</param>
    /// <param name="apiKey">The key, or <c>env:NAME</c> to read it from an environment variable; <see langword="null"/> for servers without keys.</param>
    /// <param name="options">The run's options (record mode, cassette folder, redaction); <see langword="null"/> records nothing.</param>
    /// <param name="chatOptions">Chat options, with the tools the agent may call.</param>
    /// <param name="instructions">A system message sent before each task.</param>
    /// <returns>The agent.</returns>
    /// <exception cref="InvalidOperationException">The key's environment variable is not set and the agent would call the network.</exception>
    public static ChatClientAgent Create(
        string name, Uri endpoint, string model, string? apiKey = null, AgentGymOptions? options = null, ChatOptions? chatOptions = null, string? instructions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        var mode = options is null ? RecordMode.Off : CassetteSettings.EffectiveMode(options);
        var key = ResolveKey(name, apiKey, mode);
        var client = new ChatClient(model, new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = endpoint }).AsIChatClient();
        var builder = new ChatClientBuilder(client);
        if (options is not null)
            builder.UseAgentGymCassette(options, name, key == NoKey ? null : [key]);
        return new ChatClientAgent(name, builder.Build(), chatOptions, instructions);
    }

    internal static string ResolveKey(string agentName, string? apiKey, RecordMode mode)
    {
        if (string.IsNullOrEmpty(apiKey))
            return NoKey;
        if (!apiKey.StartsWith(EnvironmentPrefix, StringComparison.Ordinal))
            return apiKey;
        var variable = apiKey[EnvironmentPrefix.Length..];
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
            return value;
        // A replay never reaches the network, so CI can replay without the key.
        return mode == RecordMode.Replay ? NoKey
            : throw new InvalidOperationException($"OpenAI agent '{agentName}' reads its API key from the environment variable {variable}, which is not set. Set it, or replay from a cassette (AGENTGYM_RECORD_MODE=Replay).");
    }
}
