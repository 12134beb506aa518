using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Tests.Reporting;

/// <summary>Recorded runs and results as a store answers them, built in memory for the report writers.</summary>
internal static class StoredResults
{
    public static StoredRun Run(long id, string branch = "main", string commit = "abc123", string? group = null) =>
        new(id, new RunInfo { Branch = branch, Commit = commit, Machine = "build-1", Group = group, Source = "Shop.Tests.dll", StartedAt = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero) },
            new DateTimeOffset(2026, 3, 1, 9, 31, 0, TimeSpan.Zero), 0, 0, 0, 0);

    public static StoredTestRun Result(long runId, string test, AgentTestStatus status, long? tokens = 100, double durationMs = 50, string? error = null) => new()
    {
        RunId = runId,
        TestId = test,
        FullName = "Shop.Tests." + test,
        DisplayName = test,
        AgentName = "support",
        Status = status,
        TotalTokens = tokens,
        DurationMs = durationMs,
        ErrorMessage = error ?? (status == AgentTestStatus.Passed ? null : $"{test} {status}"),
        ValidationsJson = status == AgentTestStatus.Failed ? """[{"validator":"ExpectText(\"refund\")","passed":false,"message":"expected 'refund'"}]""" : "[]",
        Branch = "main",
        Commit = "abc123",
    };

    public static string Export(AgentGym.Sdk.IRunReportExporter exporter, AgentGym.Sdk.RunReport report)
    {
        using var writer = new StringWriter();
        exporter.Export(report, writer);
        return writer.ToString();
    }
}
