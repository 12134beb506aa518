using System.Text.Json;

namespace AgentGym.Agents.Http;

/// <summary>How an <see cref="HttpAgent"/> turns a request into an HTTP body and a JSON answer into a response.</summary>
public interface IHttpAgentMapping
{
    /// <summary>Makes the HTTP body of a request.</summary>
    /// <param name="request">The task and its context.</param>
    /// <returns>The body to send.</returns>
    HttpContent CreateContent(AgentRequest request);

    /// <summary>Reads the agent's JSON answer.</summary>
    /// <param name="body">The answer's root element.</param>
    /// <returns>The response.</returns>
    /// <exception cref="FormatException">The JSON does not have the expected shape; the message names the member.</exception>
    AgentResponse ReadResponse(JsonElement body);
}
