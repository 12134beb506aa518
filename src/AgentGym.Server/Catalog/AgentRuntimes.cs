using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.RateLimiting;
using AgentGym.Agents;
using AgentGym.Agents.Http;
using AgentGym.OpenAI;
using AgentGym.Sdk;
using AgentGym.Server.Api;
using AgentGym.Server.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Server.Catalog;

/// <summary>
/// The runtimes runs use: one per version of each agent registered over the API (made on first use, so that a changed agent
/// gets a new one), the test project's for its own agents, and an empty one otherwise, where the engine reports the unknown agent.
/// </summary>
internal sealed class AgentRuntimes : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(string Name, int Version), Lazy<AgentGymRuntime>> _registered = new();
    private readonly ServerStore _store;
    private readonly ProjectTests _project;
    private readonly AgentGymServerOptions _options;
    private readonly IConfiguration? _configuration;
    private readonly Lazy<AgentGymRuntime> _empty;
    private readonly ConcurrentBag<AgentGymRuntime> _wrapped = [];

    public AgentRuntimes(ServerStore store, ProjectTests project, AgentGymServerOptions options, IConfiguration? configuration)
    {
        _store = store;
        _project = project;
        _options = options;
        _configuration = configuration;
        _empty = new(() => AgentGymRuntime.Create(_ => { }, options.EngineOptions));
    }

    /// <summary>Gets the runtime that has <paramref name="agentName"/>: a registered agent wins over one of the project.</summary>
    public AgentGymRuntime For(string? agentName)
    {
        if (agentName is not null && _store.Definitions.GetDefinition(DefinitionKinds.Agent, agentName) is { } definition)
            return _registered.GetOrAdd((definition.Name, definition.Version), _ => new Lazy<AgentGymRuntime>(() => Create(definition))).Value;
        return _project.Runtime ?? _empty.Value;
    }

    private AgentGymRuntime Create(StoredDefinition definition)
    {
        using var document = JsonDocument.Parse(definition.BodyJson);
        var agent = AgentRegistrationReader.Read(document.RootElement, new BodyErrors())
            ?? throw new InvalidOperationException($"The stored agent '{definition.Name}' version {definition.Version} is not a valid registration.");
        var inner = AgentGymRuntime.Create(builder =>
        {
            if (_configuration is not null)
                builder.Services.AddSingleton(_configuration);
            if (agent.Kind == AgentRegistration.OpenAIKind)
            {
                builder.AddOpenAIAgent(agent.Name, agent.Endpoint, agent.Model!, agent.ApiKey);
                return;
            }

            builder.AddHttpAgent(agent.Name, http =>
            {
                http.Endpoint = agent.Endpoint;
                foreach (var (header, reference) in agent.Headers)
                    http.Headers[header] = reference;
                if (agent.TimeoutSeconds is { } seconds)
                    http.Timeout = TimeSpan.FromSeconds(seconds);
            });
        }, _options.EngineOptions);
        if (agent.RequestsPerMinute is not { } perMinute)
            return inner;
        _wrapped.Add(inner);
        // The engine's rate-limiting wrapper, shared by every run of this agent version.
        var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = perMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        return AgentGymRuntime.Create(builder => builder.AddAgent(agent.Name, _ => new RateLimitedAgent(inner.Agents!.Get(agent.Name), limiter)), _options.EngineOptions);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var runtime in _registered.Values.Where(r => r.IsValueCreated))
            await runtime.Value.DisposeAsync().ConfigureAwait(false);
        foreach (var runtime in _wrapped)
            await runtime.DisposeAsync().ConfigureAwait(false);
        if (_empty.IsValueCreated)
            await _empty.Value.DisposeAsync().ConfigureAwait(false);
    }
}
