namespace AgentGym.Sdk;

/// <summary>The kinds of definitions a store keeps by name and version (see <see cref="IDefinitionStore"/>).</summary>
public static class DefinitionKinds
{
    /// <summary>A declarative agent test, in the fields of a <c>*.agenttest.json</c> file.</summary>
    public const string Test = "test";

    /// <summary>A benchmark: agents, tasks with their validation rules, iterations, warm-up and parallelism.</summary>
    public const string Benchmark = "benchmark";

    /// <summary>A registered agent: an HTTP or OpenAI-compatible endpoint, its model and header references.</summary>
    public const string Agent = "agent";
}
