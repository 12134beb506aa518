using System.Globalization;
using System.Net;

namespace AgentGym.Sdk;

/// <summary>
/// One self-contained HTML page (no script, font or style sheet from elsewhere): the header, a bar of tokens per test, every
/// result with the error and verdicts of those that did not pass written under them, and the legend. Every text that came
/// from an agent or a user is HTML-encoded.
/// </summary>
public sealed class HtmlRunReportExporter : IRunReportExporter
{
    /// <summary>The HTML exporter.</summary>
    public static readonly HtmlRunReportExporter Default = new();

    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{padding:.3em .6em;border-bottom:1px solid #ddd;text-align:left}" +
        "td.n{text-align:right}.passed{color:#1a7f37}.failed{color:#cf222e}.neutral{color:#57606a}.bar{background:#54aeff;height:.8em;display:inline-block}" +
        "tr.why td{border-bottom:1px solid #ddd;padding-top:0}tr.why pre{margin:0;white-space:pre-wrap;color:#57606a;font-size:.9em}dt{font-weight:bold;float:left;clear:left;width:9em}dd{margin-left:10em}";

    private HtmlRunReportExporter()
    {
    }

    /// <inheritdoc />
    public string Name => "html";

    /// <inheritdoc />
    public string FileExtension => ".html";

    /// <inheritdoc />
    public string ContentType => "text/html; charset=utf-8";

    /// <inheritdoc />
    public void Export(RunReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var header = RunReportHeader.Of(report);
        var maxTokens = Math.Max(1, report.Tests.Select(t => t.TotalTokens ?? 0).DefaultIfEmpty(0).Max());
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine($"<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(header.Title)}</title><style>{Style}</style></head><body>");
        writer.WriteLine($"<h1>{Encode(header.Title)}</h1>");
        writer.WriteLine("<p>" + string.Join(" · ", header.Facts.Select(f => $"{Encode(f.Key)} <code>{Encode(f.Value)}</code>")) + $". <strong>{Encode(header.Totals)}.</strong></p>");
        writer.WriteLine("<table><thead><tr><th>Test</th><th>Agent</th><th>Status</th><th>Tokens</th><th></th><th>LLM calls</th><th>Tool calls</th><th>Duration (ms)</th><th>Flaky</th></tr></thead><tbody>");
        foreach (var test in report.Tests)
        {
            var width = (int)Math.Round(200.0 * (test.TotalTokens ?? 0) / maxTokens);
            var tone = StatusText.Tone(test.Status).ToString().ToLowerInvariant();
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<tr><td>{Encode(test.DisplayName)}</td><td>{Encode(test.AgentName ?? "-")}</td><td class=\"{tone}\">{StatusText.Of(test.Status)}</td>" +
                $"<td class=\"n\">{Metrics.AgentMetrics.Show(test.TotalTokens)}</td><td><span class=\"bar\" style=\"width:{width}px\"></span></td><td class=\"n\">{Metrics.AgentMetrics.Show(test.LlmCalls)}</td><td class=\"n\">{Metrics.AgentMetrics.Show(test.ToolCalls)}</td>" +
                $"<td class=\"n\">{test.DurationMs:0}</td><td>{(test.IsFlaky ? "flaky" : string.Empty)}</td></tr>"));
            // The reason of a result that did not pass stands under it, readable without hovering (and in print).
            if (test.Status != Results.AgentTestStatus.Passed && VerdictText.Of(test) is { Length: > 0 } why)
                writer.WriteLine($"<tr class=\"why\"><td colspan=\"9\"><pre>{Encode(why)}</pre></td></tr>");
        }
        writer.WriteLine("</tbody></table>");
        writer.WriteLine("<h2>Legend</h2><dl>" + string.Concat(RunReportLegend.Lines.Select(l => $"<dt>{Encode(l.Key)}</dt><dd>{Encode(l.Value)}</dd>")) +
            "<dt>Under a test</dt><dd>the error and every verdict of a test that did not pass; the bar of tokens is relative to the largest</dd></dl>");
        WriteSecurity(report.Security, writer);
        writer.WriteLine("</body></html>");
    }

    // What each agent resisted of the security probes, by OWASP category, as the run printed it.
    private static void WriteSecurity(Reporting.SecuritySummary security, TextWriter writer)
    {
        if (security.IsEmpty)
            return;
        writer.WriteLine("<h2>Security probes</h2>");
        foreach (var agent in security.Rows.GroupBy(r => r.Agent))
        {
            writer.WriteLine($"<p>Resisted by agent <code>{Encode(agent.Key)}</code>, by OWASP Top 10 for LLM Applications (2025) category:</p>");
            writer.WriteLine("<table><thead><tr><th>Category</th><th>Probes</th><th>Resisted</th><th>Not resisted</th><th>Not checked</th></tr></thead><tbody>");
            foreach (var row in agent)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"<tr><td>{Encode(row.CategoryCode)} {Encode(row.CategoryTitle)}</td><td class=\"n\">{row.Probes}</td><td class=\"n\">{row.Resisted}</td>" +
                    $"<td{(row.NotResisted.Count > 0 ? " class=\"failed\"" : string.Empty)}>{Ids(row.NotResisted)}</td><td>{Ids(row.NotChecked)}</td></tr>"));
            }
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<tr><th>total</th><td class=\"n\">{agent.Sum(r => r.Probes)}</td><td class=\"n\">{agent.Sum(r => r.Resisted)}</td><td>{agent.Sum(r => r.NotResisted.Count)}</td><td>{agent.Sum(r => r.NotChecked.Count)}</td></tr>"));
            writer.WriteLine("</tbody></table>");
        }

        writer.WriteLine($"<p>{Encode(Reporting.SecuritySummary.Legend)}</p>");
    }

    private static string Ids(IReadOnlyList<string> ids) =>
        ids.Count == 0 ? "0" : string.Create(CultureInfo.InvariantCulture, $"{ids.Count} ({Encode(string.Join(", ", ids))})");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
