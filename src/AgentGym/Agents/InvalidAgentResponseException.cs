namespace AgentGym.Agents;

/// <summary>
/// An agent returned a response that cannot be judged: no response, no text, or a tool call without a name. The test is an
/// error, not a pass or a failure, and the message says which part of the response is missing.
/// </summary>
public sealed class InvalidAgentResponseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidAgentResponseException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong with the response.</param>
    public InvalidAgentResponseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong with the response.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidAgentResponseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Checks a response an agent returned.</summary>
    /// <param name="agentName">The agent, for the message.</param>
    /// <param name="response">The response.</param>
    /// <exception cref="InvalidAgentResponseException">The response is null, has null text, a null tool-call list, or a tool call without a name.</exception>
    public static void ThrowIfInvalid(string agentName, AgentResponse? response)
    {
        if (response is null)
            throw new InvalidAgentResponseException($"Agent '{agentName}' returned null instead of an AgentResponse.");
        if (response.Text is null)
            throw new InvalidAgentResponseException($"Agent '{agentName}' returned a response whose Text is null; use an empty string for an answer without text.");
        if (response.ToolCalls is null)
            throw new InvalidAgentResponseException($"Agent '{agentName}' returned a response whose ToolCalls is null; use an empty list when it called no tool.");
        if (response.Messages is null)
            throw new InvalidAgentResponseException($"Agent '{agentName}' returned a response whose Messages is null; use an empty list when it keeps no conversation.");
        for (var i = 0; i < response.ToolCalls.Count; i++)
        {
            if (response.ToolCalls[i] is not { } call)
                throw new InvalidAgentResponseException($"Agent '{agentName}' returned a response whose tool call #{i + 1} is null.");
            if (string.IsNullOrWhiteSpace(call.Name))
                throw new InvalidAgentResponseException($"Agent '{agentName}' returned a response whose tool call #{i + 1} has no name ({(call.Name is null ? "null" : "blank")}); every tool call needs the name of the tool called.");
        }
    }
}
