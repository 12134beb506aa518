namespace AgentGym.Validation;

/// <summary>An <see cref="AgentAssert"/> check failed. The message is the validator's: what was expected and what came.</summary>
public sealed class AgentAssertException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AgentAssertException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected and what came.</param>
    public AgentAssertException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected and what came.</param>
    /// <param name="innerException">The cause.</param>
    public AgentAssertException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a failing verdict.</summary>
    /// <param name="result">The verdict.</param>
    public AgentAssertException(ValidationResult result)
        : base(result is null ? null : $"{result.Validator}: {result.Message}") => Result = result;

    /// <summary>Gets the failing verdict, when the exception came from a validator.</summary>
    public ValidationResult? Result { get; }
}
