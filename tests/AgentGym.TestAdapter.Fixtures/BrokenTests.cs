using AgentGym.Agents;
using AgentGym.Attributes;

namespace AgentGym.TestAdapter.Fixtures;

/// <summary>Tests that cannot pass: a wrong signature, an agent nobody registered, an agent that never answers.</summary>
public sealed class BrokenTests
{
    public const string UnknownAgentName = "nobody";

    [AgentTest, UseAgent(FixtureStartup.Echo)]
    public static void HasWrongSignature(int count) => ArgumentOutOfRangeException.ThrowIfNegative(count);

    [AgentTest, UseAgent(UnknownAgentName), Input("hello")]
    public static void UsesUnknownAgent(AgentResponse response) => ArgumentNullException.ThrowIfNull(response);

    [AgentTest(TimeoutSeconds = 1), UseAgent(FixtureStartup.Stuck), Input("wait")]
    public static void TimesOut(AgentResponse response) => ArgumentNullException.ThrowIfNull(response);
}
