using AgentGym.Agents;
using AgentGym.Configuration;
using AgentGym.Hosting;
using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Tests.Support;

/// <summary>Discovers a test class and runs it through the real engine with the given agents.</summary>
internal static class EngineHarness
{
    public static async Task<IReadOnlyList<AgentTestRun>> RunAsync<TTests>(Action<AgentGymBuilder> configure, AgentGymOptions? options = null, CancellationToken cancellationToken = default)
    {
        await using var runtime = AgentGymRuntime.Create(configure, options);
        var tests = AttributeTestDiscoverer.Discover(typeof(TTests));
        return await new AgentTestEngine(runtime).RunAsync(tests, listener: null, cancellationToken);
    }

    public static async Task<AgentTestRun> RunSingleAsync(Type testClass, IAgent agent, AgentGymOptions? options = null)
    {
        await using var runtime = AgentGymRuntime.Create(b => b.AddAgent(agent.Name, agent), options);
        var runs = await new AgentTestEngine(runtime).RunAsync(AttributeTestDiscoverer.Discover(testClass));
        return Assert.Single(runs);
    }

    public static async Task<AgentTestRun> RunSingleAsync<TTests>(IAgent agent, AgentGymOptions? options = null)
    {
        var runs = await RunAsync<TTests>(b => b.AddAgent(agent.Name, agent), options);
        return Assert.Single(runs);
    }

    public static async Task<AgentTestRun> RunSingleAsync<TTests>(string agentName, Func<AgentRequest, CancellationToken, Task<AgentResponse>> run)
    {
        return await RunSingleAsync<TTests>(Agent.FromDelegate(agentName, run));
    }
}
