using AgentGym.Sdk;

namespace AgentGym.Tests.Sdk;

/// <summary>A run log that keeps every message, for tests that read what a session said.</summary>
internal sealed class CollectedLog : IRunLog
{
    private readonly List<string> _infos = [];
    private readonly List<string> _warnings = [];
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Infos => _infos;

    public IReadOnlyList<string> Warnings => _warnings;

    public IReadOnlyList<string> Errors => _errors;

    public void Info(string message)
    {
        lock (_infos)
            _infos.Add(message);
    }

    public void Warning(string message)
    {
        lock (_warnings)
            _warnings.Add(message);
    }

    public void Error(string message)
    {
        lock (_errors)
            _errors.Add(message);
    }
}
