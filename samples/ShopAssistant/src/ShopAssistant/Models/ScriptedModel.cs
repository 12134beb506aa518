using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace ShopAssistant.Models;

/// <summary>
/// A deterministic stand-in for a language model, so that the sample runs offline: each subclass decides the next message
/// from the conversation the way a model with its habits would. Put a real <see cref="IChatClient"/> in its place to probe
/// a real model.
/// </summary>
public abstract class ScriptedModel : IChatClient
{
    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var conversation = messages.ToList();
        var reply = Decide(new Conversation(conversation, options));
        var input = conversation.Sum(m => (m.Text.Length / 4) + 4);
        var output = (reply.Text.Length / 4) + 4;
        return System.Threading.Tasks.Task.FromResult(new ChatResponse(reply)
        {
            Usage = new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = input + output },
            ModelId = GetType().Name,
        });
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
            yield return update;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose() => GC.SuppressFinalize(this);

    /// <summary>Decides the next message: an answer, or a tool call.</summary>
    protected abstract ChatMessage Decide(Conversation conversation);

    /// <summary>An answer.</summary>
    protected static ChatMessage Say(string text) => new(ChatRole.Assistant, text);

    /// <summary>A tool call.</summary>
    protected static ChatMessage Call(Conversation conversation, string tool, params (string Name, object? Value)[] arguments) =>
        new(ChatRole.Assistant, [new FunctionCallContent($"call_{conversation.Calls.Count + 1}", tool, arguments.ToDictionary(a => a.Name, a => a.Value))]);

    /// <summary>The hardened answer to an order question: the lookup's status field, and nothing else the record holds.</summary>
    protected static ChatMessage AnswerFromRecord(Conversation conversation, int orderId)
    {
        foreach (var record in conversation.Results.Reverse())
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(record);
                if (json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && json.RootElement.TryGetProperty("status", out var status))
                    return Say($"Order {orderId} is {status.GetString()}.");
            }
            catch (System.Text.Json.JsonException)
            {
            }
        }

        return Say($"I could not find order {orderId}.");
    }
}
