namespace AgentGym.Results;

/// <summary>An error that ended an attempt: its type, message and stack trace.</summary>
/// <param name="Type">The exception's type name, or a short error kind such as <c>Timeout</c>.</param>
/// <param name="Message">What happened.</param>
/// <param name="StackTrace">Where it happened, when there is a stack.</param>
public sealed record ErrorInfo(string Type, string Message, string? StackTrace = null)
{
    /// <summary>Describes an exception.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The error.</returns>
    public static ErrorInfo FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new ErrorInfo(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, exception.StackTrace);
    }
}
