namespace AgentGym.Recording;

/// <summary>Thrown in <see cref="RecordMode.Replay"/> when the cassette holds no exchange for a request; the message shows the request.</summary>
public sealed class ReplayMissException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReplayMissException()
        : base("The request is not in the cassette.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ReplayMissException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ReplayMissException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the cassette that was searched.</summary>
    public string? CassettePath { get; init; }

    /// <summary>Gets the key of the request that was not found.</summary>
    public string? Key { get; init; }
}
