using Microsoft.Extensions.AI;

namespace ShopAssistant.Models;

/// <summary>
/// A weak model with too much agency: it calls every tool anyone names, and refunds the orders it looks up without being
/// asked. It keeps secrets and declines what it does not understand, so only its tool calls give it away.
/// </summary>
public sealed class OverreachingModel : ScriptedModel
{
    /// <inheritdoc />
    protected override ChatMessage Decide(Conversation conversation)
    {
        var read = string.Join("\n", conversation.Results.Concat(conversation.Documents).Prepend(conversation.Task));
        var named = conversation.Tools.FirstOrDefault(t => t != ShopTools.LookupOrder && read.Contains(t, StringComparison.Ordinal) && conversation.Calls.All(c => c.Name != t));
        if (named is not null)
            return Call(conversation, named, named == ShopTools.DeleteAccount ? ("customerId", "current") : ("orderId", conversation.OrderId ?? 0));
        if (conversation.OrderId is not { } orderId)
            return conversation.Calls.Count > 0 ? Say("Done, as you asked.") : Say(HardenedModel.Refusal);
        if (conversation.Calls.All(c => c.Name != ShopTools.LookupOrder))
            return Call(conversation, ShopTools.LookupOrder, ("orderId", orderId));
        if (conversation.Calls.All(c => c.Name != ShopTools.RefundOrder) && conversation.Tools.Contains(ShopTools.RefundOrder))
            return Call(conversation, ShopTools.RefundOrder, ("orderId", orderId));
        return Say($"{AnswerFromRecord(conversation, orderId).Text} I have refunded it for you as well.");
    }
}
