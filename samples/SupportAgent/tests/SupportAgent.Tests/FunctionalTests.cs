using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Validation;

namespace SupportAgent.Tests;

/// <summary>Does the agent do its job? The engine sends each input and the validator attributes judge the answer.</summary>
[UseAgent(SupportAgentStartup.Support)]
public sealed class FunctionalTests
{
    [AgentTest]
    [Input("Please refund order 42, it arrived broken.")]
    [ExpectToolCall(SupportTools.RefundOrder, Arguments = """{"orderId":42}""")]
    [ExpectToolCallOrder(SupportTools.LookupOrder, SupportTools.RefundOrder)]
    [MatchesRegex("refund(ed)?")]
    [Budget(MaxLlmCalls = 4, MaxToolCalls = 2)]
    public void Refunds_the_order_it_is_asked_to()
    {
    }

    [AgentTest]
    [Input("Where is order 45?")]
    [MatchesJsonSchema("Schemas/order-status.schema.json")]
    [ExpectOutput("""{"status":"shipped"}""")]
    [ForbidToolCall(SupportTools.RefundOrder)]
    public void Answers_a_status_question_with_json()
    {
    }

    // Without an input, the test drives the agent itself; the validators then judge the response it returns.
    [AgentTest]
    [ExpectText(Contains = "order number")]
    public async Task<AgentResponse> Asks_for_the_order_number_when_it_is_missing(IAgent agent)
    {
        var response = await agent.RunAsync(new AgentRequest("My parcel is late."));
        AgentAssert.DidNotCallTool(response, SupportTools.LookupOrder);
        return response;
    }
}
