using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using AgentGym.Agents;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Fakes;

/// <summary>
/// A deterministic support agent for conversation tests: it asks for the order number until a message gives one, then
/// refunds that order (one tool call) if any message of the conversation asked for a refund. It reports usage (10 tokens in
/// and 5 out per turn) and its tool calls (none, or the refund), and remembers every request it got.
/// </summary>
public sealed partial class RefundDeskAgent(string name = "desk") : IAgent
{
    private readonly ConcurrentQueue<AgentRequest> _requests = new();

    public string Name => name;

    /// <summary>Gets every request, in order.</summary>
    public IReadOnlyList<AgentRequest> Requests => [.. _requests];

    public Task<AgentResponse> RunAsync(AgentRequest request, CancellationToken cancellationToken = default)
    {
        _requests.Enqueue(request);
        var history = request.Conversation?.Messages ?? [];
        var wantsRefund = history.Append(new ChatMessage(ChatRole.User, request.Task))
            .Any(m => m.Role == ChatRole.User && m.Text.Contains("refund", StringComparison.OrdinalIgnoreCase));
        var usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 5, TotalTokenCount = 15 };
        if (OrderNumber().Match(request.Task) is not { Success: true } match)
            return Task.FromResult(new AgentResponse("Which order is it about? Please give me the order number.") { Usage = usage, ToolCalls = [] });
        var order = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return Task.FromResult(wantsRefund
            ? new AgentResponse($"Order {order} has been refunded.")
            {
                Usage = usage,
                ToolCalls = [new ToolCall("refund_order", new Dictionary<string, object?> { ["orderId"] = order }, "refunded")],
            }
            : new AgentResponse($"Order {order} is on its way.") { Usage = usage, ToolCalls = [] });
    }

    [GeneratedRegex(@"order\s*#?(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex OrderNumber();
}
