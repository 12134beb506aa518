using AgentGym.Definitions;
using AgentGym.Results;

namespace AgentGym.Sdk;

/// <summary>Hears about tests as they start and end: the VSTest adapter, a console reporter and the results store are listeners.</summary>
public interface IAgentTestRunListener
{
    /// <summary>Called when a test case starts. May be called from several threads at once.</summary>
    /// <param name="test">The test case.</param>
    void OnTestStarted(AgentTestDefinition test);

    /// <summary>Called when a test case has a result. May be called from several threads at once.</summary>
    /// <param name="run">The result.</param>
    void OnTestCompleted(AgentTestRun run);
}
