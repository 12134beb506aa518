using AgentGym.Configuration;
using AgentGym.Hosting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.OpenAI;

/// <summary>Registers OpenAI-compatible agents on an <see cref="AgentGymBuilder"/>.</summary>
public static class OpenAIAgentGymBuilderExtensions
{
    /// <summary>
    /// Registers an agent that talks to an OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI, Ollama, vLLM).
    /// Its model calls are recorded and replayed as the run's <see cref="AgentGymOptions.RecordMode"/> says, in the cassette
    /// <c>{name}.cassette.json</c>. The agent is made on first use, so the key is read then.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The agent's registered name.</param>
    /// <param name="endpoint">The API's base address, such as <c>https://api.openai.com/v1</c> or <c>http://localhost:11434/v1</c>.</param>
    /// <param name="model">The model id.</param>
    /// <param name="apiKey">The key, or <c>env:NAME</c> to read it from an environment variable (recommended); <see langword="null"/> for servers without keys.</param>
    /// <param name="chatOptions">Chat options, with the tools the agent may call.</param>
    /// <param name="instructions">A system message sent before each task.</param>
    /// <returns>The same builder.</returns>
    public static AgentGymBuilder AddOpenAIAgent(
        this AgentGymBuilder builder, string name, Uri endpoint, string model, string? apiKey = null, ChatOptions? chatOptions = null, string? instructions = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        // The key is a secret of the run: redacted wherever an answer, an error or a report would show it.
        if (apiKey is { } key && key.StartsWith(OpenAIAgent.EnvironmentPrefix, StringComparison.Ordinal) && key.Length > OpenAIAgent.EnvironmentPrefix.Length)
            builder.Secrets.AddEnvironmentVariable(key[OpenAIAgent.EnvironmentPrefix.Length..]);
        else
            builder.Secrets.Add(apiKey);
        return builder.AddAgent(name, services =>
            OpenAIAgent.Create(name, endpoint, model, apiKey, services.GetService<AgentGymOptions>() ?? builder.Options, chatOptions, instructions));
    }
}
