using System.Globalization;

namespace AgentGym.Sdk;

/// <summary>
/// The header of a test run report, the same in every format: a title, what ran where (branch, commit, start, machine,
/// group) and the totals. Each writer only marks it up.
/// </summary>
/// <param name="Title">Such as <c>AgentGym run 12</c> or <c>AgentGym runs 12, 13</c>.</param>
/// <param name="Facts">What ran where, as name and value, in the order shown; a value that differs between merged runs lists each.</param>
/// <param name="Totals">Such as <c>3 passed, 1 failed, 0 skipped, 1 flaky</c>.</param>
public sealed record RunReportHeader(string Title, IReadOnlyList<KeyValuePair<string, string>> Facts, string Totals)
{
    /// <summary>Makes the header of a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The header.</returns>
    public static RunReportHeader Of(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var runs = report.Runs;
        var ids = string.Join(", ", runs.Select(r => r.Id.ToString(CultureInfo.InvariantCulture)));
        var title = runs.Count == 1 ? $"AgentGym run {ids}" : runs.Count == 0 ? "AgentGym runs" : $"AgentGym runs {ids}";
        List<KeyValuePair<string, string>> facts =
        [
            new("Branch", Each(runs, r => r.Info.Branch)),
            new("Commit", Each(runs, r => r.Info.Commit)),
            new("Started", runs.Count == 0 ? "-" : runs.Min(r => r.Info.StartedAt).UtcDateTime.ToString("u", CultureInfo.InvariantCulture)),
            new("Machine", Each(runs, r => r.Info.Machine)),
        ];
        if (runs.Any(r => r.Info.Group is not null))
            facts.Add(new("Group", Each(runs, r => r.Info.Group)));
        var totals = string.Create(CultureInfo.InvariantCulture, $"{report.Passed} passed, {report.Failed} failed, {report.Skipped} skipped");
        if (report.Flaky > 0)
            totals += string.Create(CultureInfo.InvariantCulture, $", {report.Flaky} flaky");
        return new RunReportHeader(title, facts, totals);
    }

    // The shards of one CI job share a branch and a commit; runs merged from elsewhere say each of theirs.
    private static string Each(IReadOnlyList<StoredRun> runs, Func<StoredRun, string?> value)
    {
        var values = runs.Select(value).Select(v => string.IsNullOrEmpty(v) ? "-" : v).Distinct(StringComparer.Ordinal).ToList();
        return values.Count == 0 ? "-" : string.Join(", ", values);
    }
}
