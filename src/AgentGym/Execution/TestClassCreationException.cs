namespace AgentGym.Execution;

/// <summary>The test class could not be made from the startup's services; the test is reported as an error.</summary>
internal sealed class TestClassCreationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TestClassCreationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is missing.</param>
    public TestClassCreationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is missing.</param>
    /// <param name="innerException">The cause.</param>
    public TestClassCreationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
