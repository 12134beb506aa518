using System.Reflection;
using AgentGym.Configuration;
using AgentGym.Definitions;
using AgentGym.Sdk;

namespace AgentGym.Server.Catalog;

/// <summary>The test project a server serves: its startup class's runtime (agents, services) and its attributed and declarative tests.</summary>
internal sealed class ProjectTests : IAsyncDisposable
{
    private readonly Dictionary<string, AgentTestDefinition> _tests;

    private readonly RunSession? _session;

    private ProjectTests(RunSession? session, IReadOnlyList<AgentTestDefinition> tests)
    {
        _session = session;
        Tests = tests;
        _tests = tests.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Gets no project: no agents, no tests.</summary>
    public static ProjectTests None { get; } = new(null, []);

    /// <summary>Gets the project's runtime (its startup class runs on first use), or <see langword="null"/> without a project.</summary>
    public AgentGymRuntime? Runtime => _session?.Runtime;

    /// <summary>Gets the project's tests.</summary>
    public IReadOnlyList<AgentTestDefinition> Tests { get; }

    /// <summary>Gets the names of the agents the project's startup class registers.</summary>
    public IReadOnlyList<string> AgentNames => Runtime?.Agents?.Names ?? [];

    /// <summary>Discovers the project's tests and starts its startup class through a run session, as every front end does.</summary>
    public static ProjectTests Load(Assembly? assembly, AgentGymOptions options)
    {
        if (assembly is null)
            return None;
        var session = RunSession.Open(new RunSessionOptions { Assembly = assembly, Options = options });
        var tests = session.Discover().Where(i => i.Kind == RunItemKind.Test && i.Test is not null).Select(i => i.Test!).ToList();
        return new ProjectTests(session, tests);
    }

    public AgentTestDefinition? Find(string id) => _tests.GetValueOrDefault(id);

    public bool HasAgent(string name) => AgentNames.Contains(name, StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        if (_session is not null)
            await _session.DisposeAsync().ConfigureAwait(false);
    }
}
