using AgentGym.Agents;
using AgentGym.Metrics;
using AgentGym.Results;

namespace AgentGym.Validation;

/// <summary>What a validator sees of one attempt.</summary>
public sealed class ValidationContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="response">The agent's response.</param>
    /// <param name="metrics">The attempt's metrics.</param>
    /// <param name="request">The request the agent answered, when the engine sent it.</param>
    /// <param name="testName">The test's display name, for messages.</param>
    /// <param name="services">The test's service provider.</param>
    public ValidationContext(AgentResponse response, AgentMetrics metrics, AgentRequest? request = null, string testName = "", IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(metrics);
        Response = response;
        Metrics = metrics;
        Request = request;
        TestName = testName;
        Services = services;
    }

    /// <summary>Gets the agent's response.</summary>
    public AgentResponse Response { get; }

    /// <summary>Gets the attempt's metrics.</summary>
    public AgentMetrics Metrics { get; }

    /// <summary>Gets the request, when the engine sent one (tests with inputs).</summary>
    public AgentRequest? Request { get; }

    /// <summary>Gets the test's display name.</summary>
    public string TestName { get; }

    /// <summary>Gets the test's service provider, for validators that need services (an LLM judge's chat client).</summary>
    public IServiceProvider? Services { get; }

    /// <summary>
    /// Gets the turns of a conversation test up to the one being judged (all of them for the test's own validators), each
    /// with what the user said and what the agent answered; empty for a test of one input.
    /// </summary>
    public IReadOnlyList<ConversationTurn> Conversation { get; init; } = [];

    /// <summary>Gets the stable id of the test case being validated, when the engine runs it (baseline lookups use it).</summary>
    public string? TestId { get; init; }

    /// <summary>Gets the registered name of the agent that answered, when the engine knows it, for messages such as "tool calls were not reported by agent 'support'".</summary>
    public string? AgentName { get; init; }

    /// <summary>
    /// Gets when the attempt's timeout runs out, when the engine runs the validator: validators share the attempt's budget.
    /// A validator that cannot be cancelled keeps within it (a regular expression shortens its match timeout to it); the
    /// engine abandons one that does not and reports the test as an error that names it.
    /// </summary>
    public DateTimeOffset? Deadline { get; init; }
}
