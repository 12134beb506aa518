using System.Reflection;
using AgentGym.Configuration;
using AgentGym.Definitions;
using AgentGym.Discovery;
using AgentGym.Discovery.Declarative;
using AgentGym.Hosting;

namespace AgentGym.Server.Catalog;

/// <summary>The test project a server serves: its startup class's runtime (agents, services) and its attributed and declarative tests.</summary>
internal sealed class ProjectTests : IAsyncDisposable
{
    private readonly Dictionary<string, AgentTestDefinition> _tests;

    private ProjectTests(AgentGymRuntime? runtime, IReadOnlyList<AgentTestDefinition> tests)
    {
        Runtime = runtime;
        Tests = tests;
        _tests = tests.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Gets no project: no agents, no tests.</summary>
    public static ProjectTests None { get; } = new(null, []);

    /// <summary>Gets the project's runtime, or <see langword="null"/> without a project.</summary>
    public AgentGymRuntime? Runtime { get; }

    /// <summary>Gets the project's tests.</summary>
    public IReadOnlyList<AgentTestDefinition> Tests { get; }

    /// <summary>Gets the names of the agents the project's startup class registers.</summary>
    public IReadOnlyList<string> AgentNames => Runtime?.Agents?.Names ?? [];

    public static ProjectTests Load(Assembly? assembly, AgentGymOptions options)
    {
        if (assembly is null)
            return None;
        var runtime = AgentGymRuntime.Create(assembly, options);
        return new ProjectTests(runtime, [.. AttributeTestDiscoverer.Discover(assembly), .. DeclarativeTestDiscoverer.Discover(assembly)]);
    }

    public AgentTestDefinition? Find(string id) => _tests.GetValueOrDefault(id);

    public bool HasAgent(string name) => AgentNames.Contains(name, StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        if (Runtime is not null)
            await Runtime.DisposeAsync().ConfigureAwait(false);
    }
}
