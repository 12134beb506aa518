using AgentGym.Sdk;

namespace AgentGym.Cli.Reports;

/// <summary>What a report holds: one or more runs (merged shards) and their test results.</summary>
internal sealed record RunReport(IReadOnlyList<StoredRun> Runs, IReadOnlyList<StoredTestRun> Tests)
{
    public int Passed => Tests.Count(t => t.Passed);

    public int Failed => Tests.Count(t => Outcomes.IsFailure(t.Status));

    public int Skipped => Tests.Count - Passed - Failed;
}
