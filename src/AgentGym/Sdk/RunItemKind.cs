namespace AgentGym.Sdk;

/// <summary>What a discovered item is: a front end runs and reports each kind its own way.</summary>
public enum RunItemKind
{
    /// <summary>An agent test: an <c>[AgentTest]</c> method case or a test of a <c>*.agenttest.json/yaml</c> file, run by the engine.</summary>
    Test,

    /// <summary>An agent benchmark class (<c>[AgentBenchmark]</c>), run by the benchmark runner as one item.</summary>
    Benchmark,
}
