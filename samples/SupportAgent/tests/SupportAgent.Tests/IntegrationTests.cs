using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Definitions;

namespace SupportAgent.Tests;

/// <summary>
/// Does it work against the real order database? The test class gets services from the startup class by constructor
/// injection; the test is skipped, with the reason, when the database or the tool is not there.
/// </summary>
[UseAgent(SupportAgentStartup.Support)]
public sealed class IntegrationTests(IOrderDatabase orders)
{
    [AgentTest(Type = AgentTestType.Integration, TimeoutSeconds = 10)]
    [RequiresService(typeof(IOrderDatabase))]
    [RequiresTools(SupportTools.LookupOrder)]
    public async Task<AgentResponse> Answers_from_the_order_database(IAgent agent, CancellationToken cancellationToken)
    {
        var response = await agent.RunAsync(new AgentRequest("What is the status of order 45?"), cancellationToken);
        Assert.Contains(orders.Find(45)!.Status, response.Text, StringComparison.Ordinal);
        return response;
    }
}
