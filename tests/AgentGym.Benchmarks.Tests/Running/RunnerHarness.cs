using AgentGym.Benchmarks.Configs;
using AgentGym.Benchmarks.Tests.Fakes;

namespace AgentGym.Benchmarks.Tests.Running;

/// <summary>Configs that register instant synthetic agents and write reports to a temp folder of the test's own.</summary>
internal sealed class RunnerHarness : IDisposable
{
    public RunnerHarness()
    {
        Good = new CountingAgent("good", r => r.Task.Contains("45", StringComparison.Ordinal) ? """{"status":"shipped"}""" : "Order 42 has been refunded.");
        Bad = new CountingAgent("bad", _ => "I cannot help.");
        Config = AgentBenchmarkConfig.Default
            .WithStartup(b => b.AddAgent("good", Good).AddAgent("bad", Bad))
            .WithArtifactsPath(Artifacts)
            .WithOutput(null);
    }

    public string Artifacts { get; } = Directory.CreateTempSubdirectory("agentgym-bench-").FullName;

    public CountingAgent Good { get; }

    public CountingAgent Bad { get; }

    public AgentBenchmarkConfig Config { get; }

    public void Dispose() => Directory.Delete(Artifacts, recursive: true);
}
