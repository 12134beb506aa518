using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.TestAdapter.Fixtures.Validators;

namespace AgentGym.TestAdapter.Fixtures;

/// <summary>One method, two agents and two inputs: four test cases that share a fully qualified name.</summary>
public sealed class PerAgentTests
{
    [AgentTest, UseAgents(FixtureStartup.Echo, FixtureStartup.Upper), Input("alpha"), Input("beta"), ContainsText("a")]
    public static void AnswersEveryInput(AgentResponse response) => ArgumentNullException.ThrowIfNull(response);
}
