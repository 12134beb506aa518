namespace AgentGym.Hosting;

/// <summary>A registered agent could not be made: its factory, or the constructor it calls, threw or returned null.</summary>
public sealed class AgentCreationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public AgentCreationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">Which agent, and what went wrong.</param>
    public AgentCreationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the factory's exception.</summary>
    /// <param name="message">Which agent, and what went wrong.</param>
    /// <param name="innerException">What the factory threw.</param>
    public AgentCreationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
