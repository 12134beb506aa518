using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.TestAdapter.Fixtures.Validators;

namespace AgentGym.TestAdapter.Fixtures;

public sealed class FunctionalTests
{
    public const string SkipReason = "Waiting for the refunds API.";

    [AgentTest, UseAgent(FixtureStartup.Echo), Input("hello"), ContainsText("echo: hello"), MatchesRegex("^echo: h")]
    public static void Passes(AgentResponse response) => ArgumentNullException.ThrowIfNull(response);

    [AgentTest, UseAgent(FixtureStartup.Echo), Input("hello"), ContainsText("goodbye"), ExpectText(Contains = "hello")]
    public static void FailsValidation(AgentResponse response) => ArgumentNullException.ThrowIfNull(response);

    [AgentTest, UseAgent(FixtureStartup.Echo)]
    public static async Task<AgentResponse> FailsAssertion(IAgent agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var response = await agent.RunAsync(new AgentRequest("ping"), cancellationToken);
        return response.Text == "pong" ? response : throw new InvalidOperationException($"Expected 'pong', got '{response.Text}'.");
    }

    [AgentTest(Skip = SkipReason), UseAgent(FixtureStartup.Echo), Input("refund order 42")]
    public static void IsSkipped(AgentResponse response) => ArgumentNullException.ThrowIfNull(response);
}
