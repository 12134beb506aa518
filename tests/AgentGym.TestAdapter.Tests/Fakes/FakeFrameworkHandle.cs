using System.Collections.Concurrent;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;

namespace AgentGym.TestAdapter.Tests.Fakes;

/// <summary>
/// Keeps what an adapter records during a run. Like the real handle, it may be called from several threads, and it can be
/// told to act on a start (to cancel the run) or to refuse records as the platform does after a cancel.
/// </summary>
public sealed class FakeFrameworkHandle : FakeMessageLogger, IFrameworkHandle
{
    private readonly ConcurrentQueue<TestCase> _started = new();
    private readonly ConcurrentQueue<TestResult> _results = new();
    private readonly ConcurrentQueue<(TestCase TestCase, TestOutcome Outcome)> _ended = new();
    private readonly ConcurrentQueue<TestCase> _refused = new();

    public IReadOnlyList<TestCase> Started => [.. _started];

    public IReadOnlyList<TestResult> Results => [.. _results];

    public IReadOnlyList<(TestCase TestCase, TestOutcome Outcome)> Ended => [.. _ended];

    /// <summary>Gets the test cases of records that were refused, one entry per refused call.</summary>
    public IReadOnlyList<TestCase> Refused => [.. _refused];

    /// <summary>Gets or sets what to do when a test starts, after recording it.</summary>
    public Action<TestCase>? OnStart { get; set; }

    /// <summary>Gets or sets whether records throw <see cref="TestCanceledException"/>, as after the platform cancelled the run.</summary>
    public bool RefusesRecords { get; set; }

    public bool EnableShutdownAfterTestRun { get; set; }

    public void RecordStart(TestCase testCase)
    {
        ThrowIfRefusing(testCase);
        _started.Enqueue(testCase);
        OnStart?.Invoke(testCase);
    }

    public void RecordResult(TestResult testResult)
    {
        ThrowIfRefusing(testResult.TestCase);
        _results.Enqueue(testResult);
    }

    public void RecordEnd(TestCase testCase, TestOutcome outcome)
    {
        ThrowIfRefusing(testCase);
        _ended.Enqueue((testCase, outcome));
    }

    public void RecordAttachments(IList<AttachmentSet> attachmentSets)
    {
    }

    public int LaunchProcessWithDebuggerAttached(string filePath, string? workingDirectory, string? arguments, IDictionary<string, string?>? environmentVariables) =>
        throw new NotSupportedException();

    private void ThrowIfRefusing(TestCase testCase)
    {
        if (!RefusesRecords)
            return;
        _refused.Enqueue(testCase);
        throw new TestCanceledException();
    }
}
