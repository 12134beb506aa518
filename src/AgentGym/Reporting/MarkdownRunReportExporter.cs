using System.Globalization;
using AgentGym.Metrics;
using AgentGym.Reporting;

namespace AgentGym.Sdk;

/// <summary>GitHub-flavoured Markdown: the header, one table row per result, and the legend.</summary>
public sealed class MarkdownRunReportExporter : IRunReportExporter
{
    /// <summary>The GitHub Markdown exporter.</summary>
    public static readonly MarkdownRunReportExporter GitHub = new();

    private MarkdownRunReportExporter()
    {
    }

    /// <inheritdoc />
    public string Name => "md";

    /// <inheritdoc />
    public string FileExtension => ".md";

    /// <inheritdoc />
    public string ContentType => "text/markdown; charset=utf-8";

    /// <inheritdoc />
    public void Export(RunReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var header = RunReportHeader.Of(report);
        writer.WriteLine($"# {MarkdownText.Cell(header.Title)}");
        writer.WriteLine();
        writer.WriteLine(string.Join(" · ", header.Facts.Select(f => $"{f.Key} {MarkdownText.Code(f.Value)}")) + $". **{header.Totals}.**");
        writer.WriteLine();
        writer.WriteLine("| Test | Agent | Status | Tokens | LLM calls | Tool calls | Duration (ms) | Flaky |");
        writer.WriteLine("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var test in report.Tests)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {MarkdownText.Cell(test.DisplayName)} | {MarkdownText.Cell(test.AgentName ?? "-")} | {StatusText.Of(test.Status)} | {AgentMetrics.Show(test.TotalTokens)} | {AgentMetrics.Show(test.LlmCalls)} | {AgentMetrics.Show(test.ToolCalls)} | {test.DurationMs:0} | {(test.IsFlaky ? "flaky" : string.Empty)} |"));
        }
        writer.WriteLine();
        foreach (var (name, meaning) in RunReportLegend.Lines)
            writer.WriteLine($"- **{name}**: {meaning}");
        WriteSecurity(report.Security, writer);
    }

    // What each agent resisted of the security probes, by OWASP category, as the run printed it.
    private static void WriteSecurity(SecuritySummary security, TextWriter writer)
    {
        if (security.IsEmpty)
            return;
        writer.WriteLine();
        writer.WriteLine("## Security probes");
        foreach (var agent in security.Rows.GroupBy(r => r.Agent))
        {
            writer.WriteLine();
            writer.WriteLine($"Resisted by agent {MarkdownText.Code(agent.Key)}, by OWASP Top 10 for LLM Applications (2025) category:");
            writer.WriteLine();
            writer.WriteLine("| Category | Probes | Resisted | Not resisted | Not checked |");
            writer.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var row in agent)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {row.CategoryCode} {row.CategoryTitle} | {row.Probes} | {row.Resisted} | {Ids(row.NotResisted)} | {Ids(row.NotChecked)} |"));
            }
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| **total** | {agent.Sum(r => r.Probes)} | {agent.Sum(r => r.Resisted)} | {agent.Sum(r => r.NotResisted.Count)} | {agent.Sum(r => r.NotChecked.Count)} |"));
        }

        writer.WriteLine();
        writer.WriteLine($"- **Security probes**: {SecuritySummary.Legend}");
    }

    // A count, with the probes' ids after it when there are any.
    private static string Ids(IReadOnlyList<string> ids) =>
        ids.Count == 0 ? "0" : string.Create(CultureInfo.InvariantCulture, $"{ids.Count} ({MarkdownText.Cell(string.Join(", ", ids))})");
}
