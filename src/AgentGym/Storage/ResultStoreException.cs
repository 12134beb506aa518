namespace AgentGym.Sdk;

/// <summary>The results store cannot be opened or written: missing, corrupt, locked or unreachable. The message names it.</summary>
public sealed class ResultStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ResultStoreException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the store.</param>
    public ResultStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the store.</param>
    /// <param name="innerException">The cause.</param>
    public ResultStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
