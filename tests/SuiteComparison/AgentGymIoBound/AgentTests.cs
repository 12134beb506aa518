using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Validation;

namespace AgentGymIoBound;

/// <summary>The suite's one test: 20 tasks for the slow agent. Each of the ten classes below runs it.</summary>
public abstract class AgentTests
{
    public static IEnumerable<string> Tasks { get; } = [.. Enumerable.Range(1, 20).Select(i => $"task {i}")];

    [AgentTest, UseAgent(Startup.SlowAgent), InputSource(nameof(Tasks))]
    public void Agent_completes_the_task(AgentRequest request, AgentResponse response) =>
        AgentAssert.TextEquals(response, "done: " + request.Task);
}
