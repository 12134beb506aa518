using Microsoft.Extensions.Logging;

namespace AgentGym.Server.Runs;

/// <summary>Where the server's run sessions write their run-level messages: the host's log.</summary>
internal sealed partial class ServerRunLog(ILogger<ServerRunLog> logger) : IRunLog
{
    public void Info(string message) => LogInfo(logger, message);

    public void Warning(string message) => LogWarning(logger, message);

    public void Error(string message) => LogError(logger, message);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message}")]
    private static partial void LogInfo(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message}")]
    private static partial void LogWarning(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Message}")]
    private static partial void LogError(ILogger logger, string message);
}
