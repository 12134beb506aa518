namespace AgentGym.Validation;

/// <summary>A validator's arguments are not valid (a bad regex, a missing schema file). The test fails with this message and does not run.</summary>
public sealed class ValidatorConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ValidatorConfigurationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    public ValidatorConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="innerException">The cause.</param>
    public ValidatorConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
