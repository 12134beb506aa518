using AgentGym.Agents;
using AgentGym.Configuration;
using AgentGym.Definitions;
using AgentGym.Hosting;
using AgentGym.Recording;
using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Remote.Tests.Support;

/// <summary>Runs registered agents the way the engine does: one runtime per call, as one test run.</summary>
internal static class RemoteGym
{
    public static AgentGymOptions Recording(RecordMode mode, CassetteFolder folder) => new() { RecordMode = mode, CassetteDirectory = folder.Path };

    /// <summary>Calls the agent named <paramref name="agent"/> once, outside the engine.</summary>
    public static async Task<AgentResponse> AskAsync(Action<AgentGymBuilder> configure, string agent, string task, AgentGymOptions? options = null)
    {
        await using var runtime = AgentGymRuntime.Create(configure, options);
        return await runtime.Agents!.Get(agent).RunAsync(new AgentRequest(task));
    }

    /// <summary>Runs a test that sends <paramref name="task"/> to the only registered agent, through the engine.</summary>
    public static async Task<AgentTestRun> RunTestAsync(Action<AgentGymBuilder> configure, string task, AgentGymOptions? options = null)
    {
        await using var runtime = AgentGymRuntime.Create(configure, options);
        var test = new AgentTestDefinition { Id = task, FullName = task, DisplayName = task, Input = new AgentRequest(task) };
        return await new AgentTestEngine(runtime).RunAsync(test);
    }
}
