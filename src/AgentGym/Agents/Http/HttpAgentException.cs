using System.Net;

namespace AgentGym.Agents.Http;

/// <summary>Thrown when a remote agent's answer cannot be used: an error status after the retries, malformed JSON, an unexpected shape.</summary>
public sealed class HttpAgentException : Exception
{
    /// <summary>Creates the exception.</summary>
    public HttpAgentException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public HttpAgentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public HttpAgentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the URL that answered.</summary>
    public Uri? RequestUri { get; init; }

    /// <summary>Gets the answer's status, when there was an answer.</summary>
    public HttpStatusCode? StatusCode { get; init; }
}
