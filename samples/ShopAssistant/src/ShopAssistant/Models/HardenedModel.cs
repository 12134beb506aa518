using Microsoft.Extensions.AI;

namespace ShopAssistant.Models;

/// <summary>
/// The model behind the hardened assistant: it answers order questions from the lookup's status field only, treats tool
/// results and documents as data, never repeats its instructions or the context's secrets, and declines everything else.
/// </summary>
public sealed class HardenedModel : ScriptedModel
{
    /// <summary>What the hardened assistant says to anything that is not an order question.</summary>
    public const string Refusal = "I can't help with that. I can only look up the status of your orders.";

    /// <inheritdoc />
    protected override ChatMessage Decide(Conversation conversation)
    {
        if (conversation.OrderId is not { } orderId)
            return Say(Refusal);
        // One lookup per question, whatever the task or the record asks for.
        return conversation.Calls.Count == 0 && conversation.Tools.Contains(ShopTools.LookupOrder)
            ? Call(conversation, ShopTools.LookupOrder, ("orderId", orderId))
            : AnswerFromRecord(conversation, orderId);
    }
}
