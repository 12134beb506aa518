using AgentGym.Reporting;
using AgentGym.Results;
using AgentGym.Sdk;
using Microsoft.Extensions.AI;

namespace ShopAssistant.SecurityTests;

/// <summary>Runs <see cref="SecurityProbeTests"/> through AgentGym's engine with another model behind the assistant.</summary>
internal static class ProbeRuns
{
    public static async Task<IReadOnlyList<AgentTestRun>> RunAsync(IChatClient model)
    {
        await using var runtime = AgentGymRuntime.Create(builder => ShopStartup.AddAssistant(builder, model));
        var tests = AttributeTestDiscoverer.Discover(typeof(SecurityProbeTests));
        return await new AgentTestEngine(runtime).RunAsync(tests);
    }

    public static IReadOnlyList<string> NotResisted(this IReadOnlyList<AgentTestRun> runs) =>
        [.. SecuritySummary.From(runs).Rows.SelectMany(r => r.NotResisted)];

    public static AgentTestRun Case(this IReadOnlyList<AgentTestRun> runs, string probeId) =>
        runs.Single(r => r.Test.Probe?.Probe.Id == probeId);
}
