using System.Collections.Concurrent;
using AgentGym.Agents;
using AgentGym.Hosting;

namespace AgentGym.Sdk;

/// <summary>The named agents of a run, made once each on first use.</summary>
public sealed class AgentRegistry
{
    private readonly IReadOnlyDictionary<string, Func<IServiceProvider, IAgent>> _factories;
    private readonly IServiceProvider _services;
    private readonly ConcurrentDictionary<string, Lazy<IAgent>> _agents = new(StringComparer.Ordinal);

    internal AgentRegistry(IReadOnlyDictionary<string, Func<IServiceProvider, IAgent>> factories, IServiceProvider services)
    {
        _factories = factories;
        _services = services;
    }

    /// <summary>Gets the registered names, sorted.</summary>
    public IReadOnlyList<string> Names => [.. _factories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Gets the agent registered under <paramref name="name"/>, or the only agent when <paramref name="name"/> is <see langword="null"/>.</summary>
    /// <param name="name">The registered name, or <see langword="null"/>.</param>
    /// <returns>The agent.</returns>
    /// <exception cref="InvalidOperationException">No such agent is registered; the message lists those that are.</exception>
    /// <exception cref="AgentCreationException">The agent's factory threw or returned null; the inner exception is the cause.</exception>
    public IAgent Get(string? name)
    {
        var key = name ?? SoleAgentName();
        if (!_factories.TryGetValue(key, out var factory))
        {
            var known = _factories.Count == 0 ? "none" : string.Join(", ", Names);
            throw new InvalidOperationException(
                $"Agent '{key}' is not registered. Registered agents: {known}. Register it in the startup class with builder.AddAgent(\"{key}\", ...).");
        }

        return _agents.GetOrAdd(key, k => new Lazy<IAgent>(() => Create(k, factory))).Value;
    }

    private IAgent Create(string name, Func<IServiceProvider, IAgent> factory)
    {
        IAgent? agent;
        try
        {
            agent = factory(_services);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var cause = ex is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : ex;
            throw new AgentCreationException(
                $"The agent '{name}' could not be created: its factory (or the constructor it calls) threw {cause.GetType().Name}: {cause.Message}", cause);
        }

        return agent ?? throw new AgentCreationException($"The factory of agent '{name}' returned null instead of an agent.");
    }

    private string SoleAgentName() => _factories.Count switch
    {
        1 => _factories.Keys.First(),
        0 => throw new InvalidOperationException(
            "The test names no agent and none is registered. Add [assembly: AgentGymStartup(typeof(MyStartup))] and register one with builder.AddAgent(\"name\", ...), then use [UseAgent(\"name\")]."),
        _ => throw new InvalidOperationException(
            $"The test names no agent and several are registered ({string.Join(", ", Names)}). Pick one with [UseAgent(\"name\")] or several with [UseAgents(...)]."),
    };
}
