using AgentGym.Agents;

namespace AgentGym.Sdk;

/// <summary>
/// The code an attempt runs after the engine has sent the test's input (if any): it drives the agent and returns the response
/// that validators judge. An attributed test method is one kind of body; a front end such as the benchmark runner supplies its
/// own, so that its iterations run through the engine's attempt (metrics scope, timeout, validators, statuses) unchanged.
/// </summary>
public abstract class AgentTestBody
{
    /// <summary>Runs the body once, inside an attempt.</summary>
    /// <param name="context">The agent to call (measured by the engine), the input, the services and the attempt's token.</param>
    /// <returns>The response to validate, or <see langword="null"/> to validate the agent's last response.</returns>
    public abstract Task<AgentResponse?> InvokeAsync(AgentTestBodyContext context);
}
