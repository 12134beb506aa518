using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

namespace AgentGym.TestAdapter.TestingPlatform;

/// <summary>
/// The bridge's handle and logger, less the adapter's informational messages (what was discovered, where the run is
/// recorded): the platform prints every message it gets, where <c>dotnet test</c> shows these only at a detailed verbosity.
/// Warnings and errors always pass; <c>--output detailed</c> lets everything pass. Discovery hands it a plain logger: only
/// <see cref="SendMessage"/> is called then. Errors are also counted in <paramref name="errors"/>: under VSTest a run with an
/// error message fails, and the platform runner fails the run the same way.
/// </summary>
internal sealed class QuietFrameworkHandle(IMessageLogger logger, bool detailed, RunErrors errors) : IFrameworkHandle
{
    private IFrameworkHandle Handle => (IFrameworkHandle)logger;

    /// <inheritdoc />
    /// <remarks>The test platform ignores it; the bridge's handle does too.</remarks>
    public bool EnableShutdownAfterTestRun { get; set; }

    /// <inheritdoc />
    public void SendMessage(TestMessageLevel testMessageLevel, string message)
    {
        if (testMessageLevel == TestMessageLevel.Error)
            errors.Add(message);
        if (detailed || testMessageLevel != TestMessageLevel.Informational)
            logger.SendMessage(testMessageLevel, message);
    }

    /// <inheritdoc />
    public void RecordResult(TestResult testResult) => Handle.RecordResult(testResult);

    /// <inheritdoc />
    public void RecordStart(TestCase testCase) => Handle.RecordStart(testCase);

    /// <inheritdoc />
    public void RecordEnd(TestCase testCase, TestOutcome outcome) => Handle.RecordEnd(testCase, outcome);

    /// <inheritdoc />
    public void RecordAttachments(IList<AttachmentSet> attachmentSets) => Handle.RecordAttachments(attachmentSets);

    /// <inheritdoc />
    public int LaunchProcessWithDebuggerAttached(string filePath, string? workingDirectory, string? arguments, IDictionary<string, string?>? environmentVariables) =>
        Handle.LaunchProcessWithDebuggerAttached(filePath, workingDirectory, arguments, environmentVariables);
}
