using AgentGym.Agents;
using AgentGym.Configuration;
using AgentGym.Definitions;
using AgentGym.Metrics;
using AgentGym.Validation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Hosting;

/// <summary>What a startup class configures: services for test classes, named agents, metric collectors and options.</summary>
public sealed class AgentGymBuilder
{
    private readonly Dictionary<string, Func<IServiceProvider, IAgent>> _agents = new(StringComparer.Ordinal);

    internal AgentGymBuilder(AgentGymOptions options)
    {
        Options = options;
    }

    /// <summary>Gets the services that test classes get by constructor injection.</summary>
    public IServiceCollection Services { get; } = new ServiceCollection();

    /// <summary>Gets the run's options, already read from runsettings; changes here win over runsettings.</summary>
    public AgentGymOptions Options { get; }

    /// <summary>Gets the secret values of the run (keys agents read), redacted in everything that leaves the process.</summary>
    public Redaction.RunSecrets Secrets { get; } = new();

    internal IReadOnlyDictionary<string, Func<IServiceProvider, IAgent>> Agents => _agents;

    /// <summary>Registers an agent under a name that tests use in <c>[UseAgent("name")]</c>.</summary>
    /// <param name="name">The agent's registered name.</param>
    /// <param name="agent">The agent.</param>
    /// <returns>This builder.</returns>
    public AgentGymBuilder AddAgent(string name, IAgent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return AddAgent(name, _ => agent);
    }

    /// <summary>Registers an agent made from the test services when first used.</summary>
    /// <param name="name">The agent's registered name.</param>
    /// <param name="factory">Makes the agent; called once per run.</param>
    /// <returns>This builder.</returns>
    public AgentGymBuilder AddAgent(string name, Func<IServiceProvider, IAgent> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (!_agents.TryAdd(name, factory))
            throw new ArgumentException($"An agent named '{name}' is already registered.", nameof(name));
        return this;
    }

    /// <summary>Registers a chat client as an agent; its tools run through <see cref="FunctionInvokingChatClient"/> and its calls are measured.</summary>
    /// <param name="name">The agent's registered name.</param>
    /// <param name="chatClient">The chat client.</param>
    /// <param name="options">Chat options, with the tools the agent may call.</param>
    /// <param name="instructions">A system message sent before each task.</param>
    /// <returns>This builder.</returns>
    public AgentGymBuilder AddAgent(string name, IChatClient chatClient, ChatOptions? options = null, string? instructions = null) =>
        AddAgent(name, Agent.FromChatClient(name, chatClient, options, instructions));

    /// <summary>
    /// Registers the chat client that scores answers for LLM judge validators (<c>[JudgedBy]</c>, <see cref="JudgeValidator"/>
    /// and the <c>judge</c> rule of declarative tests). It is the keyed service <see cref="JudgeValidator.ChatClientKey"/>.
    /// </summary>
    /// <param name="chatClient">The judge model's client.</param>
    /// <returns>This builder.</returns>
    public AgentGymBuilder AddJudge(IChatClient chatClient)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        return AddJudge(_ => chatClient);
    }

    /// <summary>Registers the judge chat client made from the test services when first used; a later call replaces an earlier one.</summary>
    /// <param name="factory">Makes the judge's client, for example wrapped for record/replay.</param>
    /// <returns>This builder.</returns>
    public AgentGymBuilder AddJudge(Func<IServiceProvider, IChatClient> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.AddKeyedSingleton(JudgeValidator.ChatClientKey, (services, _) => factory(services));
        return this;
    }

    /// <summary>
    /// Registers the chat client that plays the user of simulated conversations (<c>[SimulatedUser]</c> and the
    /// <c>simulated_user</c> field of declarative tests). It is the keyed service <see cref="UserSimulation.ChatClientKey"/>.
    /// Wrap it for record and replay like any model client: <c>new ChatClientBuilder(client).UseAgentGymCassette(builder.Options, "user-simulator").Build()</c>.
    /// </summary>
    /// <param name="chatClient">The simulator model's client.</param>
    /// <returns>This builder.</returns>
    public AgentGymBuilder AddUserSimulator(IChatClient chatClient)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        return AddUserSimulator(_ => chatClient);
    }

    /// <summary>Registers the user simulator's chat client made from the test services when first used; a later call replaces an earlier one.</summary>
    /// <param name="factory">Makes the simulator's client.</param>
    /// <returns>This builder.</returns>
    public AgentGymBuilder AddUserSimulator(Func<IServiceProvider, IChatClient> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.AddKeyedSingleton(UserSimulation.ChatClientKey, (services, _) => factory(services));
        return this;
    }

    /// <summary>Adds a collector that contributes figures to every attempt's metrics.</summary>
    /// <param name="collector">The collector.</param>
    /// <returns>This builder.</returns>
    public AgentGymBuilder AddMetricCollector(IMetricCollector collector)
    {
        ArgumentNullException.ThrowIfNull(collector);
        Services.AddSingleton(collector);
        return this;
    }
}
