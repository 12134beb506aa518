namespace AgentGym.Sdk;

/// <summary>Writes run-level messages to a text writer, one a line: warnings and errors with their level in front.</summary>
public sealed class TextRunLog : IRunLog
{
    private readonly TextWriter _writer;
    private readonly bool _includeInfo;
    private readonly Lock _gate = new();

    /// <summary>Creates the log.</summary>
    /// <param name="writer">Where the lines go.</param>
    /// <param name="includeInfo">Whether informational messages are written too.</param>
    public TextRunLog(TextWriter writer, bool includeInfo = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        (_writer, _includeInfo) = (writer, includeInfo);
    }

    /// <inheritdoc />
    public void Info(string message)
    {
        if (_includeInfo)
            Write(message);
    }

    /// <inheritdoc />
    public void Warning(string message) => Write("warning: " + message);

    /// <inheritdoc />
    public void Error(string message) => Write("error: " + message);

    private void Write(string line)
    {
        lock (_gate)
            _writer.WriteLine(line);
    }
}
