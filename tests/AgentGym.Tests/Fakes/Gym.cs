using AgentGym.Agents;
using AgentGym.Configuration;
using AgentGym.Definitions;
using AgentGym.Hosting;
using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Tests.Fakes;

/// <summary>Runs agent tests through the real engine, the way a front end does.</summary>
public static class Gym
{
    /// <summary>Runs the single agent test of <typeparamref name="TTests"/>.</summary>
    public static async Task<AgentTestRun> RunAsync<TTests>(Action<AgentGymBuilder> configure)
    {
        var runs = await RunAsync(AttributeTestDiscoverer.Discover(typeof(TTests)), configure);
        return Assert.Single(runs);
    }

    /// <summary>Runs test cases concurrently through <see cref="AgentTestEngine.RunAsync(IEnumerable{AgentTestDefinition}, IAgentTestRunListener?, CancellationToken)"/>.</summary>
    public static async Task<IReadOnlyList<AgentTestRun>> RunAsync(IEnumerable<AgentTestDefinition> tests, Action<AgentGymBuilder> configure, AgentGymOptions? options = null)
    {
        await using var runtime = AgentGymRuntime.Create(configure, options);
        return await new AgentTestEngine(runtime).RunAsync(tests);
    }

    /// <summary>A declarative test case that sends <paramref name="task"/> to the only registered agent.</summary>
    public static AgentTestDefinition InputTest(string name, string task) => new()
    {
        Id = name,
        FullName = name,
        DisplayName = name,
        Input = new AgentRequest(task),
    };
}
