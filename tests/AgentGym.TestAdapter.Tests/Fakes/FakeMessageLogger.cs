using System.Collections.Concurrent;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

namespace AgentGym.TestAdapter.Tests.Fakes;

/// <summary>Keeps the messages an adapter logs.</summary>
public class FakeMessageLogger : IMessageLogger
{
    private readonly ConcurrentQueue<(TestMessageLevel Level, string Message)> _messages = new();

    public IReadOnlyList<(TestMessageLevel Level, string Message)> Messages => [.. _messages];

    public IEnumerable<string> Errors => Messages.Where(m => m.Level == TestMessageLevel.Error).Select(m => m.Message);

    public IEnumerable<string> Warnings => Messages.Where(m => m.Level == TestMessageLevel.Warning).Select(m => m.Message);

    public void SendMessage(TestMessageLevel testMessageLevel, string message) => _messages.Enqueue((testMessageLevel, message));

    /// <summary>Joins every message, for assertion output.</summary>
    public string Transcript() => string.Join(Environment.NewLine, Messages.Select(m => $"{m.Level}: {m.Message}"));
}
