using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Validation;

namespace AgentGymOne;

/// <summary>One agent test whose agent answers at once: what is left is start-up.</summary>
public sealed class AgentTests
{
    [AgentTest, UseAgent(Startup.EchoAgent), Input("hello")]
    public void Agent_echoes_the_task(AgentRequest request, AgentResponse response) =>
        AgentAssert.TextEquals(response, request.Task);
}
