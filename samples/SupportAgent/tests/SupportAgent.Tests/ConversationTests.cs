using AgentGym.Attributes;

namespace SupportAgent.Tests;

/// <summary>
/// Does the agent handle a whole conversation? Scripted turns check each answer on the way; a simulated customer checks
/// that a person with a goal gets there. See docs/conversations.md.
/// </summary>
public sealed class ConversationTests
{
    [AgentTest]
    [UseAgent(SupportAgentStartup.Support)]
    [Turn("Hi, my parcel arrived broken and I would like a refund.")]
    [Turn("It is order 46.")]
    [ExpectText(Contains = "order number", Turn = 1)]
    [ForbidToolCall(SupportTools.RefundOrder, Turn = 1)]
    [ExpectToolCall(SupportTools.RefundOrder, Arguments = """{"orderId":46}""", Turn = 2)]
    [ExpectText(Contains = "has been refunded")]
    [Budget(MaxLlmCalls = 5, MaxToolCalls = 2)]
    public void Asks_for_the_order_number_before_refunding()
    {
    }

    // The customer is played by a model (here a simulated one, replayed from Cassettes/customer-simulator.cassette.json),
    // and so is the agent (support-recorded replays Cassettes/support-recorded.cassette.json): the test runs offline.
    [AgentTest]
    [UseAgent(SupportAgentStartup.SupportRecorded)]
    [SimulatedUser("Get order 47 refunded: the parcel arrived broken.", Persona = "A polite customer who answers questions briefly.", MaxTurns = 4)]
    [ExpectToolCall(SupportTools.RefundOrder, Arguments = """{"orderId":47}""")]
    [JudgedBy("Confirms to the customer that order '47' has been 'refunded'.", Threshold = 0.9)]
    public void A_customer_with_a_broken_parcel_gets_a_refund()
    {
    }
}
