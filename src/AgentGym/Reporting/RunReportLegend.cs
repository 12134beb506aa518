namespace AgentGym.Sdk;

/// <summary>What the figures of a test run report mean, one line each, written under the table in every format that has one.</summary>
public static class RunReportLegend
{
    /// <summary>Gets the legend lines as name and meaning.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Lines { get; } =
    [
        new("Tokens", "total (input + output) of the deciding attempt"),
        new("Duration", "wall time of the deciding attempt, in milliseconds"),
        new(Metrics.AgentMetrics.NotReported, "the agent gave no figure (not 0)"),
        new("Flaky", "the outcome changed across recent runs of the same commit"),
        new("Failed", "a failure: failed, timed out or an error; skipped and cancelled tests are neither passed nor failed"),
        new("Running at crash", "the test was running when its test host died (Environment.FailFast, a stack overflow, a kill): it never ended, and counts as failed"),
    ];
}
