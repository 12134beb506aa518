using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace SupportAgent;

/// <summary>
/// A deterministic stand-in for a language model, so that the sample runs offline and free: it reads the conversation,
/// asks for the tool a real model would ask for, then answers from the tool's result, and reports token usage.
/// In production, put a real <see cref="IChatClient"/> (OpenAI, Azure OpenAI, Ollama) in its place.
/// </summary>
public sealed partial class SimulatedSupportModel(TimeSpan latency) : IChatClient
{
    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await Task.Delay(latency, cancellationToken).ConfigureAwait(false);
        var conversation = messages.ToList();
        var reply = Decide(conversation, options);
        var inputTokens = conversation.Sum(m => CountTokens(m.Text)) + 20;
        return new ChatResponse(reply)
        {
            Usage = new UsageDetails { InputTokenCount = inputTokens, OutputTokenCount = CountTokens(reply.Text) + 5, TotalTokenCount = inputTokens + CountTokens(reply.Text) + 5 },
            ModelId = "simulated-support-1",
        };
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
    public void Dispose()
    {
    }

    private static ChatMessage Decide(List<ChatMessage> conversation, ChatOptions? options)
    {
        // The customer's latest message is the task; earlier turns of the conversation say what the customer wants, and the
        // tool calls made since the latest message are this turn's.
        var lastUser = conversation.FindLastIndex(m => m.Role == ChatRole.User);
        var task = conversation[lastUser].Text;
        var thisTurn = conversation.Skip(lastUser + 1).SelectMany(m => m.Contents).ToList();
        var toolResult = thisTurn.OfType<FunctionResultContent>().LastOrDefault();
        var tools = options?.Tools?.Select(t => t.Name).ToHashSet() ?? [];

        if (InjectionAttempt().IsMatch(task))
            return Say("I can't help with that. I can look up or refund your orders.");
        if (OrderNumber().Match(task) is not { Success: true } match)
            return Say("Which order is it about? Please give me the order number.");

        var orderId = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var wantsRefund = conversation.Any(m => m.Role == ChatRole.User && m.Text.Contains("refund", StringComparison.OrdinalIgnoreCase));
        var calls = thisTurn.OfType<FunctionCallContent>().Select(c => c.Name).ToList();

        if (!calls.Contains(SupportTools.LookupOrder) && tools.Contains(SupportTools.LookupOrder))
            return Call(SupportTools.LookupOrder, orderId);
        if (wantsRefund && !calls.Contains(SupportTools.RefundOrder))
        {
            return tools.Contains(SupportTools.RefundOrder)
                ? Call(SupportTools.RefundOrder, orderId)
                : Say($"I can't refund order {orderId} myself; I have passed your request to a colleague.");
        }

        var result = toolResult?.Result?.ToString() ?? "unknown";
        if (wantsRefund)
            return Say(result == "refunded" ? $"Order {orderId} has been refunded." : $"Order {orderId} could not be refunded.");
        if (result.StartsWith('{'))
        {
            var order = JsonDocument.Parse(result).RootElement;
            return Say($"{{\"orderId\":{orderId},\"status\":\"{order.GetProperty("status").GetString()}\"}}");
        }

        return Say($"I could not find order {orderId}.");
    }

    private static ChatMessage Say(string text) => new(ChatRole.Assistant, text);

    private static ChatMessage Call(string tool, int orderId) =>
        new(ChatRole.Assistant, [new FunctionCallContent($"call_{tool}_{orderId}", tool, new Dictionary<string, object?> { ["orderId"] = orderId })]);

    private static int CountTokens(string text) => (text.Length + 3) / 4;

    [GeneratedRegex(@"\border\s*#?(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"ignore (all |your |previous )*instructions|system prompt", RegexOptions.IgnoreCase)]
    private static partial Regex InjectionAttempt();
}
