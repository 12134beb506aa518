using System.Globalization;
using System.Text;

namespace AgentGym.Sdk;

/// <summary>A recorded run whose process died before it ended, as <see cref="CrashedRuns.Recover(IResultStore, string)"/> found it.</summary>
/// <param name="RunId">The store's id of the run.</param>
/// <param name="Source">The test assembly that ran, when known.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="RunningTests">The display names of the tests that were running when the process died, now recorded as running at the crash.</param>
/// <param name="LostResults">The display names of tests that had ended, but whose results had not been written yet.</param>
public sealed record CrashedRun(long RunId, string? Source, DateTimeOffset StartedAt, IReadOnlyList<string> RunningTests, IReadOnlyList<string> LostResults)
{
    /// <summary>Says what happened, for a run-level warning or the command line.</summary>
    /// <returns>The text, naming every test that was running.</returns>
    public string Describe()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"Run {RunId} of {Source ?? "an unnamed source"} (started {StartedAt.UtcDateTime:u}) did not end: its test host died");
        if (RunningTests.Count == 0)
            text.Append(" between tests.");
        else
        {
            text.Append(CultureInfo.InvariantCulture, $" while {(RunningTests.Count == 1 ? "this test was" : $"these {RunningTests.Count} tests were")} running:");
            foreach (var test in RunningTests)
                text.Append(Environment.NewLine).Append("  ").Append(test);
            text.Append(Environment.NewLine).Append(RunningTests.Count == 1 ? "It, or something else in the process," : "One of them, or something else in the process,")
                .Append(" ended the host (Environment.FailFast, a stack overflow, Environment.Exit, an unhandled exception), or the host was killed.");
        }

        if (LostResults.Count > 0)
            text.Append(Environment.NewLine).Append(CultureInfo.InvariantCulture, $"The results of {LostResults.Count} test(s) that had ended were not written yet and are lost: {string.Join(", ", LostResults)}.");
        if (RunningTests.Count > 0)
            text.Append(Environment.NewLine).Append(CultureInfo.InvariantCulture, $"They are recorded as running at the crash: agentgym runs show {RunId}");
        return text.ToString();
    }
}
