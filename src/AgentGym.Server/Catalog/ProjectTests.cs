using System.Reflection;
using AgentGym.Configuration;
using AgentGym.Definitions;

namespace AgentGym.Server.Catalog;

/// <summary>The test project a server serves: its startup class's runtime (agents, services) and its attributed and declarative tests.</summary>
internal sealed class ProjectTests : IAsyncDisposable
{
    private readonly Dictionary<string, RunItem> _tests;

    private ProjectTests(RunSession? session, IReadOnlyList<RunItem> tests)
    {
        Session = session;
        Tests = [.. tests.Select(t => t.Test!)];
        _tests = tests.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>Gets no project: no agents, no tests.</summary>
    public static ProjectTests None { get; } = new(null, []);

    /// <summary>Gets the project's run session, or <see langword="null"/> without a project.</summary>
    public RunSession? Session { get; }

    /// <summary>Gets the project's runtime (its startup class runs on first use), or <see langword="null"/> without a project.</summary>
    public AgentGymRuntime? Runtime => Session?.Runtime;

    /// <summary>Gets the project's tests.</summary>
    public IReadOnlyList<AgentTestDefinition> Tests { get; }

    /// <summary>Gets the names of the agents the project's startup class registers.</summary>
    public IReadOnlyList<string> AgentNames => Runtime?.Agents?.Names ?? [];

    /// <summary>Discovers the project's tests and starts its startup class through a run session, as every front end does.</summary>
    public static ProjectTests Load(Assembly? assembly, AgentGymOptions options, IRunLog log)
    {
        if (assembly is null)
            return None;
        var session = RunSession.Open(new RunSessionOptions { Assembly = assembly, Options = options, Log = log });
        return new ProjectTests(session, [.. session.Discover().Where(i => i.Kind == RunItemKind.Test && i.Test is not null)]);
    }

    /// <summary>Finds a test of the project by its id.</summary>
    public RunItem? Find(string id) => _tests.GetValueOrDefault(id);

    public bool HasAgent(string name) => AgentNames.Contains(name, StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        if (Session is not null)
            await Session.DisposeAsync().ConfigureAwait(false);
    }
}
