namespace AgentGym.Sdk;

/// <summary>Where a run session writes run-level messages: what was found, which store records the run, what went wrong.</summary>
public interface IRunLog
{
    /// <summary>Writes an informational message.</summary>
    /// <param name="message">The message.</param>
    void Info(string message);

    /// <summary>Writes a warning: something did not happen as configured, and the run goes on.</summary>
    /// <param name="message">The message.</param>
    void Warning(string message);

    /// <summary>Writes an error: a value or a source could not be used; the front end marks the run as failed.</summary>
    /// <param name="message">The message.</param>
    void Error(string message);
}
