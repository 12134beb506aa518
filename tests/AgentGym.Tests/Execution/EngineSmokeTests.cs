using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Tests.Execution;

public sealed class EngineSmokeTests
{
    public sealed class EchoTests
    {
        [AgentTest, Input("hello")]
        public static void Echoes(AgentResponse response) => Assert.Equal("echo: hello", response.Text);
    }

    [Fact]
    public async Task Input_test_sends_the_input_and_passes()
    {
        await using var runtime = AgentGymRuntime.Create(b => b.AddAgent("echo", Agent.FromDelegate("echo", r => new AgentResponse("echo: " + r.Task))));
        var tests = AttributeTestDiscoverer.Discover(typeof(EchoTests));
        var runs = await new AgentTestEngine(runtime).RunAsync(tests);
        var run = Assert.Single(runs);
        Assert.Equal(AgentTestStatus.Passed, run.Status);
    }
}
