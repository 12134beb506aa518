using Microsoft.Extensions.AI;
using FrameworkAgent = Microsoft.Agents.AI.AIAgent;

namespace AgentGym.Agents;

/// <summary>Makes agents from what a team already has: a delegate, an <see cref="IChatClient"/>, a Microsoft Agent Framework agent.</summary>
public static class Agent
{
    /// <summary>Makes an agent from an asynchronous delegate that honours cancellation.</summary>
    /// <param name="name">The agent's name.</param>
    /// <param name="run">Answers a request.</param>
    /// <param name="toolNames">The tools the agent offers, for <c>[RequiresTools]</c>.</param>
    /// <returns>The agent.</returns>
    public static IAgent FromDelegate(string name, Func<AgentRequest, CancellationToken, Task<AgentResponse>> run, IEnumerable<string>? toolNames = null) =>
        new DelegateAgent(name, run, toolNames);

    /// <summary>Makes an agent from an asynchronous delegate.</summary>
    /// <param name="name">The agent's name.</param>
    /// <param name="run">Answers a request.</param>
    /// <param name="toolNames">The tools the agent offers, for <c>[RequiresTools]</c>.</param>
    /// <returns>The agent.</returns>
    public static IAgent FromDelegate(string name, Func<AgentRequest, Task<AgentResponse>> run, IEnumerable<string>? toolNames = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new DelegateAgent(name, (request, _) => run(request), toolNames);
    }

    /// <summary>Makes an agent from a synchronous delegate.</summary>
    /// <param name="name">The agent's name.</param>
    /// <param name="run">Answers a request.</param>
    /// <param name="toolNames">The tools the agent offers, for <c>[RequiresTools]</c>.</param>
    /// <returns>The agent.</returns>
    public static IAgent FromDelegate(string name, Func<AgentRequest, AgentResponse> run, IEnumerable<string>? toolNames = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new DelegateAgent(name, (request, _) => Task.FromResult(run(request)), toolNames);
    }

    /// <summary>Makes an agent from a chat client. Tools in <paramref name="options"/> run through <see cref="FunctionInvokingChatClient"/>, and every model call is measured.</summary>
    /// <param name="name">The agent's name.</param>
    /// <param name="chatClient">The chat client, without function invocation (the agent adds it).</param>
    /// <param name="options">Chat options, with the tools the agent may call.</param>
    /// <param name="instructions">A system message sent before each task.</param>
    /// <returns>The agent.</returns>
    public static IAgent FromChatClient(string name, IChatClient chatClient, ChatOptions? options = null, string? instructions = null) =>
        new ChatClientAgent(name, chatClient, options, instructions);

    /// <summary>Makes an agent from a Microsoft Agent Framework agent.</summary>
    /// <param name="agent">The framework agent.</param>
    /// <param name="name">The name to report; defaults to the agent's own name.</param>
    /// <returns>The agent.</returns>
    public static IAgent FromAIAgent(FrameworkAgent agent, string? name = null) => new AgentFrameworkAgent(agent, name);

    /// <summary>Wraps an agent so that every call first takes a lease from <paramref name="limiter"/>.</summary>
    /// <param name="agent">The agent.</param>
    /// <param name="limiter">The limiter, such as a <c>TokenBucketRateLimiter</c> for requests per minute.</param>
    /// <returns>The limited agent.</returns>
    public static IAgent WithRateLimit(this IAgent agent, System.Threading.RateLimiting.RateLimiter limiter) => new RateLimitedAgent(agent, limiter);

    /// <summary>
    /// Sends the next message of a conversation to the agent and records the turn in <paramref name="conversation"/>, so that
    /// the next message continues it: for a test body that holds a conversation of its own.
    /// </summary>
    /// <param name="agent">The agent.</param>
    /// <param name="conversation">The conversation, made once with <c>new AgentConversation()</c> and passed on every turn.</param>
    /// <param name="message">What the user says.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The agent's answer.</returns>
    /// <example><code>
    /// var conversation = new AgentConversation();
    /// var first = await agent.SendAsync(conversation, "I want a refund.");
    /// AgentAssert.TextContains(first, "order number");
    /// var second = await agent.SendAsync(conversation, "It is order 42.");
    /// AgentAssert.CalledTool(second, "refund_order");
    /// </code></example>
    public static async Task<AgentResponse> SendAsync(this IAgent agent, AgentConversation conversation, string message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var request = new AgentRequest(message) { Conversation = conversation };
        var response = await agent.RunAsync(request, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Agent '{agent.Name}' returned null instead of an AgentResponse.");
        conversation.Continue(request, response);
        return response;
    }
}
