namespace AgentGym.Execution;

/// <summary>The user simulator of a conversation test could not give its next message: the test ends as an error, not a failure of the agent.</summary>
internal sealed class UserSimulatorException : Exception
{
    public UserSimulatorException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
