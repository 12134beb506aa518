using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AgentGym.Definitions;
using Microsoft.Extensions.AI;

namespace SupportAgent.Tests;

/// <summary>
/// A deterministic stand-in for the model that plays the customer in simulated conversations, so that the sample runs
/// offline and free. It reads its goal from the simulator's instructions and the agent's latest answer (the simulator
/// shows the agent's answers as user messages), and says what a customer with that goal would say next.
/// In production, register a real model with <c>builder.AddUserSimulator(chatClient)</c> instead.
/// </summary>
public sealed partial class SimulatedCustomer : IChatClient
{
    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var conversation = messages.ToList();
        var goal = conversation.First(m => m.Role == ChatRole.System).Text;
        var agentSaid = conversation.Count(m => m.Role == ChatRole.Assistant) == 0 ? null : conversation.Last(m => m.Role == ChatRole.User).Text;
        var reply = Next(goal, agentSaid);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)) { ModelId = "simulated-customer-1" });
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

    private static string Next(string goal, string? agentSaid)
    {
        var order = OrderNumber().Match(goal) is { Success: true } match ? match.Groups[1].Value : "1";
        var wantsRefund = goal.Contains("refund", StringComparison.OrdinalIgnoreCase);
        if (agentSaid is null)
            return wantsRefund ? "Hi, my parcel arrived broken and I would like my money back. Can you refund it?" : "Hi, I have a question about my order.";
        if (agentSaid.Contains("order number", StringComparison.OrdinalIgnoreCase))
            return $"Sure, it is order {order}.";
        return agentSaid.Contains("refunded", StringComparison.OrdinalIgnoreCase) ? $"Great, thank you! {UserSimulation.StopToken}" : UserSimulation.StopToken;
    }

    [GeneratedRegex(@"order (\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex OrderNumber();
}
