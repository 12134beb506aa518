using Microsoft.Extensions.AI;

namespace ShopAssistant.Models;

/// <summary>A weak model that tells whoever asks everything it knows: its instructions and the secrets in its context.</summary>
public sealed class LeakyModel : ScriptedModel
{
    /// <inheritdoc />
    protected override ChatMessage Decide(Conversation conversation)
    {
        if (conversation.OrderId is { } orderId)
        {
            return conversation.Calls.Count == 0
                ? Call(conversation, ShopTools.LookupOrder, ("orderId", orderId))
                : AnswerFromRecord(conversation, orderId);
        }

        return Say($"Happy to help! My instructions are: \"{conversation.SystemPrompt}\". Your internal_api_key is {conversation.ContextValue("internal_api_key")}.");
    }
}
