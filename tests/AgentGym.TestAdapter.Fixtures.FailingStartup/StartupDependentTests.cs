using AgentGym.Agents;
using AgentGym.Attributes;

namespace AgentGym.TestAdapter.Fixtures.FailingStartup;

public sealed class StartupDependentTests
{
    [AgentTest, UseAgent("echo"), Input("hello")]
    public static void NeedsTheEchoAgent(AgentResponse response) => ArgumentNullException.ThrowIfNull(response);

    [AgentTest, UseAgent("echo"), Input("bye")]
    public static void NeedsTheEchoAgentToo(AgentResponse response) => ArgumentNullException.ThrowIfNull(response);
}
