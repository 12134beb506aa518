using AgentGym.Benchmarks.Reports;
using AgentGym.Benchmarks.Results;
using AgentGym.Sdk;

namespace AgentGym.Benchmarks.Exporters;

/// <summary>
/// Writes one self-contained HTML file: the summary table, the comparisons, charts drawn as inline SVG (success rate,
/// duration distribution, tokens per task), the legend and sample failures. No script, font or style sheet is loaded
/// from elsewhere, so it opens offline; every text that came from an agent or a user is HTML-escaped.
/// </summary>
public sealed class HtmlExporter : IAgentBenchmarkExporter
{
    /// <summary>The HTML exporter (<c>-report.html</c>).</summary>
    public static readonly HtmlExporter Default = new();

    private const int FailuresShownPerAgent = 3;

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#222;max-width:1200px}
        h1{font-size:22px}h2{font-size:17px;margin-top:28px}
        table{border-collapse:collapse;font-size:11px}th,td{border:1px solid #ccc;padding:3px 5px;text-align:right;white-space:nowrap}
        .scroll{overflow-x:auto}h3{font-size:14px}
        th:nth-child(-n+2),td:nth-child(-n+2){text-align:left}th{background:#f3f3f3}
        .header{font-family:monospace;white-space:pre-wrap;background:#f7f7f7;padding:8px}
        .legend dt{font-weight:bold;float:left;width:120px;clear:left}.legend dd{margin-left:130px}
        .key span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
        .cancelled{color:#b00;font-weight:bold}pre{white-space:pre-wrap;background:#fafafa;padding:6px;font-size:12px}
        """;

    private HtmlExporter()
    {
    }

    /// <inheritdoc />
    public string FileSuffix => "-report.html";

    /// <inheritdoc />
    public void Export(AgentBenchmarkRun run, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(writer);
        var e = (Func<string, string>)SvgCharts.Escape;
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine($"<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{e(run.Title)} - AgentGym benchmark</title><style>{Style}</style></head><body>");
        writer.WriteLine($"<h1>{e(run.Title)}</h1>");
        writer.WriteLine($"<div class=\"header\">{e(SummaryText.Header(run))}</div>");
        if (run.WasCancelled)
            writer.WriteLine("<p class=\"cancelled\">The run was cancelled: the report covers the iterations that ran.</p>");

        writer.WriteLine("<h2>Summary</h2><div class=\"scroll\"><table><thead><tr>");
        var table = SummaryTable.Of(run);
        foreach (var header in table.Headers)
            writer.Write($"<th>{e(header)}</th>");
        writer.WriteLine("</tr></thead><tbody>");
        foreach (var row in table.Rows)
            writer.WriteLine("<tr>" + string.Concat(row.Select(c => $"<td>{e(c)}</td>")) + "</tr>");
        writer.WriteLine("</tbody></table></div>");

        if (run.Comparisons.Count > 0)
            writer.WriteLine("<h2>Compared with the baseline</h2><ul>" + string.Concat(run.Comparisons.Select(c => $"<li>{e(c.Sentence)}</li>")) + "</ul>");

        writer.WriteLine("<h2>Charts</h2><p class=\"key\">" + string.Concat(run.Agents.Select((a, i) => $"<span style=\"background:{SvgCharts.ColorOf(i)}\"></span>{e(a)}")) + "</p>");
        writer.WriteLine("<h3>Success rate (bar) with its confidence interval (whisker)</h3>");
        writer.WriteLine(SvgCharts.SuccessRates(run));
        writer.WriteLine("<h3>Duration: min to max (whiskers), 25th to 75th percentile (box), median (line)</h3>");
        writer.WriteLine(SvgCharts.DurationBoxPlots(run));
        writer.WriteLine("<h3>Mean total tokens per task</h3>");
        writer.WriteLine(SvgCharts.TokensPerTask(run));

        writer.WriteLine("<h2>Legend</h2><dl class=\"legend\">" + string.Concat(Legend.Of(run).Select(l => $"<dt>{e(l.Key)}</dt><dd>{e(l.Value)}</dd>")) + "</dl>");
        WriteFailures(run, writer, e);
        writer.WriteLine("</body></html>");
    }

    private static void WriteFailures(AgentBenchmarkRun run, TextWriter writer, Func<string, string> e)
    {
        var failures = run.Iterations.Where(i => !i.Succeeded).GroupBy(i => i.Agent).ToList();
        if (failures.Count == 0)
            return;
        writer.WriteLine("<h2>Sample failures</h2>");
        foreach (var group in failures)
        {
            writer.WriteLine($"<h3>{e(group.Key)}</h3>");
            foreach (var iteration in group.Take(FailuresShownPerAgent))
            {
                writer.WriteLine($"<p>{e(iteration.Task)} #{iteration.Iteration}: {e(iteration.Status.ToString())}</p>");
                writer.WriteLine($"<pre>{e(iteration.Error?.Message ?? string.Empty)}{Environment.NewLine}Answer: {e(iteration.ResponseText ?? "(none)")}</pre>");
            }
        }
    }
}
