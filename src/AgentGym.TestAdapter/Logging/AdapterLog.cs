using AgentGym.Sdk;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

namespace AgentGym.TestAdapter.Logging;

/// <summary>Writes the adapter's run-level messages (shown by <c>dotnet test</c> and Test Explorer's output), each tagged <c>[AgentGym]</c>.</summary>
internal sealed class AdapterLog : IRunLog
{
    private readonly IMessageLogger? _logger;
    private readonly bool _informational;

    /// <summary>Creates a log over the test platform's logger.</summary>
    /// <param name="logger">The logger, or <see langword="null"/> to drop messages.</param>
    /// <param name="informational">Whether informational messages are sent (see <see cref="Configuration.AdapterSettings.ShowsInformation"/>).</param>
    public AdapterLog(IMessageLogger? logger, bool informational = true)
    {
        _logger = logger;
        _informational = informational;
    }

    /// <summary>Writes an informational message, where something shows it.</summary>
    /// <param name="message">The message.</param>
    public void Info(string message)
    {
        if (_informational)
            Send(TestMessageLevel.Informational, message);
    }

    /// <summary>Writes a warning.</summary>
    /// <param name="message">The message.</param>
    public void Warning(string message) => Send(TestMessageLevel.Warning, message);

    /// <summary>Writes an error; the test platform marks the run as failed.</summary>
    /// <param name="message">The message.</param>
    public void Error(string message) => Send(TestMessageLevel.Error, message);

    /// <summary>The tag every run-level message starts with, once: messages from the engine may carry it already.</summary>
    public const string Prefix = "[AgentGym] ";

    private void Send(TestMessageLevel level, string message) =>
        _logger?.SendMessage(level, message.StartsWith(Prefix, StringComparison.Ordinal) ? message : Prefix + message);
}
