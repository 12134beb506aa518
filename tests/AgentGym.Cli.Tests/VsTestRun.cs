using System.Collections.Concurrent;
using AgentGym.TestAdapter;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

namespace AgentGym.Cli.Tests;

/// <summary>Runs an assembly through the real VSTest adapter, as <c>dotnet test</c> does, and keeps which test cases started.</summary>
internal sealed class VsTestRun : IFrameworkHandle, IRunContext, IRunSettings
{
    private readonly ConcurrentQueue<TestCase> _started = new();
    private readonly string _settingsXml;

    private VsTestRun(string settingsXml) => _settingsXml = settingsXml;

    public IReadOnlyList<TestCase> Started => [.. _started];

    public bool EnableShutdownAfterTestRun { get; set; }

    public IRunSettings RunSettings => this;

    public string SettingsXml => _settingsXml;

    public bool KeepAlive => false;

    public bool InIsolation => true;

    public bool IsDataCollectionEnabled => false;

    public bool IsBeingDebugged => false;

    public string? TestRunDirectory => null;

    public string? SolutionDirectory => null;

    /// <summary>Runs every item of <paramref name="source"/> with the given runsettings.</summary>
    public static VsTestRun RunAll(string source, string settingsXml)
    {
        var run = new VsTestRun(settingsXml);
        new AgentGymTestAdapter().RunTests([source], run, run);
        return run;
    }

    public void RecordStart(TestCase testCase) => _started.Enqueue(testCase);

    public void RecordResult(TestResult testResult)
    {
    }

    public void RecordEnd(TestCase testCase, TestOutcome outcome)
    {
    }

    public void RecordAttachments(IList<AttachmentSet> attachmentSets)
    {
    }

    public void SendMessage(TestMessageLevel testMessageLevel, string message)
    {
    }

    public int LaunchProcessWithDebuggerAttached(string filePath, string? workingDirectory, string? arguments, IDictionary<string, string?>? environmentVariables) => -1;

    public ITestCaseFilterExpression? GetTestCaseFilter(IEnumerable<string>? supportedProperties, Func<string, TestProperty?> propertyProvider) => null;

    public ISettingsProvider? GetSettings(string? settingsName) => null;
}
