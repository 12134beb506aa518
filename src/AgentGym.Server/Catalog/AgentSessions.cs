using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.RateLimiting;
using AgentGym.Agents;
using AgentGym.Agents.Http;
using AgentGym.Hosting;
using AgentGym.OpenAI;
using AgentGym.Server.Api;
using AgentGym.Server.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Server.Catalog;

/// <summary>
/// The run sessions that runs go through, as every front end's do: one per version of each agent registered over the API
/// (opened on first use, so that a changed agent gets a new one), the test project's for its own agents, and an empty one
/// otherwise, where the engine reports the unknown agent.
/// </summary>
internal sealed class AgentSessions : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(string Name, int Version), Lazy<RunSession>> _registered = new();
    private readonly ConcurrentBag<RunSession> _wrapped = [];
    private readonly ServerStore _store;
    private readonly ProjectTests _project;
    private readonly AgentGymServerOptions _options;
    private readonly IConfiguration? _configuration;
    private readonly IRunLog _log;
    private readonly Lazy<RunSession> _empty;

    public AgentSessions(ServerStore store, ProjectTests project, AgentGymServerOptions options, IConfiguration? configuration, IRunLog log)
    {
        _store = store;
        _project = project;
        _options = options;
        _configuration = configuration;
        _log = log;
        _empty = new(() => Open(_ => { }));
    }

    /// <summary>Gets the session that has <paramref name="agentName"/>: a registered agent wins over one of the project.</summary>
    public RunSession For(string? agentName)
    {
        if (agentName is not null && _store.Definitions.GetDefinition(DefinitionKinds.Agent, agentName) is { } definition)
            return _registered.GetOrAdd((definition.Name, definition.Version), _ => new Lazy<RunSession>(() => Open(definition))).Value;
        return _project.Session ?? _empty.Value;
    }

    private RunSession Open(Action<AgentGymBuilder> startup) =>
        RunSession.Open(new RunSessionOptions { Startup = startup, Options = _options.EngineOptions, Log = _log });

    private RunSession Open(StoredDefinition definition)
    {
        using var document = JsonDocument.Parse(definition.BodyJson);
        var agent = AgentRegistrationReader.Read(document.RootElement, new BodyErrors())
            ?? throw new InvalidOperationException($"The stored agent '{definition.Name}' version {definition.Version} is not a valid registration.");
        var inner = Open(builder =>
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
        });
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
        return Open(builder => builder.AddAgent(agent.Name, _ => new RateLimitedAgent(inner.Runtime.Agents!.Get(agent.Name), limiter)));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _registered.Values.Where(s => s.IsValueCreated))
            await session.Value.DisposeAsync().ConfigureAwait(false);
        foreach (var session in _wrapped)
            await session.DisposeAsync().ConfigureAwait(false);
        if (_empty.IsValueCreated)
            await _empty.Value.DisposeAsync().ConfigureAwait(false);
    }
}
