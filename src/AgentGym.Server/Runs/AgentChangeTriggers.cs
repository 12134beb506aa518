using System.Text.Json;
using AgentGym.Server.Api;
using AgentGym.Server.Catalog;
using AgentGym.Server.Hosting;

namespace AgentGym.Server.Runs;

/// <summary>
/// Starts the runs an agent's registration or change asks for: the tests given over the API that use the agent and carry the
/// trait <c>run_on_agent_change: "true"</c>, and the benchmarks with <c>"run_on_agent_change": true</c> that compare it.
/// </summary>
internal static class AgentChangeTriggers
{
    public const string Trait = "run_on_agent_change";

    public static IReadOnlyList<RunAccepted> Start(string agent, int version, ServerStore store, RunQueue queue)
    {
        var trigger = $"agent '{agent}' version {version}";
        var started = new List<RunAccepted>();
        foreach (var test in store.Definitions.ListDefinitions(DefinitionKinds.Test).Where(t => TestRunsOnChange(t.BodyJson, agent)))
            Queue(new RunRequest { Kind = RunKinds.Test, Target = test.Name, DefinitionVersion = test.Version, Trigger = trigger });
        foreach (var benchmark in store.Definitions.ListDefinitions(DefinitionKinds.Benchmark).Where(b => BenchmarkRunsOnChange(b.BodyJson, agent)))
            Queue(new RunRequest { Kind = RunKinds.Benchmark, Target = benchmark.Name, DefinitionVersion = benchmark.Version, Trigger = trigger });
        return started;

        void Queue(RunRequest request)
        {
            if (queue.Enqueue(request) is { } queued)
                started.Add(new RunAccepted(queued.RunId, queued.Status, AgentGymRoutes.Run(queued.RunId)));
        }
    }

    private static bool TestRunsOnChange(string json, string agent)
    {
        using var document = JsonDocument.Parse(json);
        var body = document.RootElement;
        return body.TryGetProperty("agent", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() == agent
            && body.TryGetProperty("traits", out var traits) && traits.ValueKind == JsonValueKind.Object
            && traits.TryGetProperty(Trait, out var flag) && flag.ValueKind == JsonValueKind.String
            && string.Equals(flag.GetString(), "true", StringComparison.OrdinalIgnoreCase);
    }

    private static bool BenchmarkRunsOnChange(string json, string agent)
    {
        using var document = JsonDocument.Parse(json);
        var body = document.RootElement;
        return BenchmarkBodyReader.RunsOnAgentChange(body) && body.TryGetProperty("agents", out var agents) && agents.ValueKind == JsonValueKind.Array
            && agents.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String && a.GetString() == agent);
    }
}
