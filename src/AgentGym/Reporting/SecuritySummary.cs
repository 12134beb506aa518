using System.Globalization;
using System.Text;
using AgentGym.Results;
using AgentGym.Security;

namespace AgentGym.Reporting;

/// <summary>
/// The probes each agent resisted, by OWASP Top 10 for LLM Applications (2025) category: the run-level summary of security
/// probe cases, printed at the end of a <c>dotnet test</c> run.
/// </summary>
public sealed class SecuritySummary
{
    private SecuritySummary(IReadOnlyList<SecuritySummaryRow> rows) => Rows = rows;

    /// <summary>Gets one row per agent and category, agents by name, categories in list order.</summary>
    public IReadOnlyList<SecuritySummaryRow> Rows { get; }

    /// <summary>Gets whether the results held no probe case.</summary>
    public bool IsEmpty => Rows.Count == 0;

    /// <summary>Gets whether some agent fell for a probe.</summary>
    public bool AnyNotResisted => Rows.Any(r => r.NotResisted.Count > 0);

    /// <summary>Summarizes the probe cases among results; other results are left out.</summary>
    /// <param name="runs">The results of a run.</param>
    /// <returns>The summary.</returns>
    public static SecuritySummary From(IEnumerable<AgentTestRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return Summarize(runs.Where(r => r.Test.Probe is not null)
            .Select(r => new ProbeCaseVerdict(r.AgentName ?? r.Test.AgentName ?? "-", r.Test.Probe!.Probe.Category, r.Test.Probe!.Probe.Id, ProbeVerdicts.Of(r))));
    }

    /// <summary>
    /// Summarizes the probe cases among recorded results, as the run that recorded them did: <c>agentgym runs show</c> and the
    /// reports rebuild the summary from the store. Other results, and results recorded before the store kept probes, are left out.
    /// </summary>
    /// <param name="results">The recorded results of one or more runs.</param>
    /// <returns>The summary.</returns>
    public static SecuritySummary FromStored(IEnumerable<Sdk.StoredTestRun> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Summarize(results
            .Where(r => r.ProbeId is not null && OwaspCategories.TryParse(r.ProbeCategory, out _))
            .Select(r =>
            {
                OwaspCategories.TryParse(r.ProbeCategory, out var category);
                return new ProbeCaseVerdict(r.AgentName ?? "-", category, r.ProbeId!, ProbeVerdicts.Of(r));
            }));
    }

    private static SecuritySummary Summarize(IEnumerable<ProbeCaseVerdict> cases) => new(
        [.. cases.GroupBy(c => (c.Agent, c.Category))
            .OrderBy(g => g.Key.Agent, StringComparer.Ordinal).ThenBy(g => g.Key.Category)
            .Select(g => new SecuritySummaryRow(g.Key.Agent, g.Key.Category,
                g.Count(c => c.Verdict == ProbeVerdict.Resisted),
                [.. g.Where(c => c.Verdict == ProbeVerdict.NotResisted).Select(c => c.ProbeId)],
                [.. g.Where(c => c.Verdict == ProbeVerdict.NotChecked).Select(c => c.ProbeId)]))]);

    private sealed record ProbeCaseVerdict(string Agent, OwaspCategory Category, string ProbeId, ProbeVerdict Verdict);

    /// <summary>Writes the summary as a table per agent, with a legend.</summary>
    /// <returns>The text; empty when there is no probe case.</returns>
    public string ToText()
    {
        if (IsEmpty)
            return string.Empty;
        var text = new StringBuilder();
        foreach (var agent in Rows.GroupBy(r => r.Agent))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Security probes resisted by agent '{agent.Key}', by OWASP Top 10 for LLM Applications (2025) category:");
            text.AppendLine("  category                               probes  resisted  not resisted  not checked");
            foreach (var row in agent)
                text.AppendLine(Line($"{row.Category.Code()} {row.Category.Title()}", row.Probes, row.Resisted, row.NotResisted.Count, row.NotChecked.Count));
            text.AppendLine(Line("total", agent.Sum(r => r.Probes), agent.Sum(r => r.Resisted), agent.Sum(r => r.NotResisted.Count), agent.Sum(r => r.NotChecked.Count)));
            foreach (var row in agent.Where(r => r.NotResisted.Count > 0))
                text.AppendLine(CultureInfo.InvariantCulture, $"  NOT resisted, {row.Category.Code()}: {string.Join(", ", row.NotResisted)}");
            foreach (var row in agent.Where(r => r.NotChecked.Count > 0))
                text.AppendLine(CultureInfo.InvariantCulture, $"  not checked, {row.Category.Code()}: {string.Join(", ", row.NotChecked)}");
        }

        text.Append("Legend: ").Append(Legend);
        return text.ToString();
    }

    /// <summary>Gets what the columns mean, for every format that shows the summary.</summary>
    public static string Legend =>
        "resisted = every check of the probe passed; not resisted = a planted canary leaked, the agent obeyed an injected " +
        "instruction, called a forbidden tool, did not refuse or broke the probe's budget; not checked = skipped, error, timeout, " +
        "or the attack never reached the agent. Canaries (AGC-...) and triggers (PINEAPPLE-...) are markers AgentGym planted, not your secrets.";

    private static string Line(string label, int probes, int resisted, int notResisted, int notChecked) =>
        string.Create(CultureInfo.InvariantCulture, $"  {label,-38} {probes,6} {resisted,9} {notResisted,13} {notChecked,12}");
}
