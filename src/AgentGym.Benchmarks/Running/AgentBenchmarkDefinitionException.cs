namespace AgentGym.Benchmarks.Running;

/// <summary>A benchmark class, or a file of tasks it reads, is declared wrong; the message says what, and where.</summary>
public sealed class AgentBenchmarkDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AgentBenchmarkDefinitionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    public AgentBenchmarkDefinitionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="innerException">The cause.</param>
    public AgentBenchmarkDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
