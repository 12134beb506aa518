using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Validation;

namespace AgentGymTrivial;

/// <summary>The suite's one test: 200 tasks for the echo agent. Each of the ten classes below runs it.</summary>
public abstract class AgentTests
{
    public static IEnumerable<string> Tasks { get; } = [.. Enumerable.Range(1, 200).Select(i => $"task {i}")];

    [AgentTest, UseAgent(Startup.EchoAgent), InputSource(nameof(Tasks))]
    public void Agent_echoes_the_task(AgentRequest request, AgentResponse response) =>
        AgentAssert.TextEquals(response, request.Task);
}
