using AgentGym.Cli.Commands;
using System.Globalization;
using System.Net;

namespace AgentGym.Cli.Reports;

/// <summary>One self-contained HTML page: the totals, a bar of tokens per test, and every result, with a legend.</summary>
internal sealed class HtmlRunReportWriter : IRunReportWriter
{
    public string Name => "html";

    public void Write(RunReport report, TextWriter writer)
    {
        var runs = string.Join(", ", report.Runs.Select(r => r.Id.ToString(CultureInfo.InvariantCulture)));
        var first = report.Runs[0].Info;
        var maxTokens = Math.Max(1, report.Tests.Select(t => t.TotalTokens ?? 0).DefaultIfEmpty(0).Max());
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        writer.WriteLine($"<title>AgentGym run {Encode(runs)}</title>");
        writer.WriteLine("<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{padding:.3em .6em;border-bottom:1px solid #ddd;text-align:left}" +
            "td.n{text-align:right}.Passed{color:#1a7f37}.Failed,.Error,.Timeout{color:#cf222e}.bar{background:#54aeff;height:.8em;display:inline-block}" +
            "tr.why td{border-bottom:1px solid #ddd;padding-top:0}tr.why pre{margin:0;white-space:pre-wrap;color:#57606a;font-size:.9em}</style></head><body>");
        writer.WriteLine($"<h1>AgentGym run {Encode(runs)}</h1>");
        writer.WriteLine($"<p>Branch <code>{Encode(first.Branch ?? "-")}</code>, commit <code>{Encode(first.Commit ?? "-")}</code>, started {first.StartedAt.UtcDateTime:u} on {Encode(first.Machine)}. " +
            $"<strong>{report.Passed} passed, {report.Failed} failed, {report.Skipped} skipped.</strong></p>");
        writer.WriteLine("<table><thead><tr><th>Test</th><th>Agent</th><th>Status</th><th>Tokens</th><th></th><th>LLM calls</th><th>Tool calls</th><th>Duration (ms)</th><th>Flaky</th></tr></thead><tbody>");
        foreach (var test in report.Tests)
        {
            var width = (int)Math.Round(200.0 * (test.TotalTokens ?? 0) / maxTokens);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<tr><td>{Encode(test.DisplayName)}</td><td>{Encode(test.AgentName ?? "-")}</td><td class=\"{test.Status}\">{test.Status}</td>" +
                $"<td class=\"n\">{Format.Count(test.TotalTokens)}</td><td><span class=\"bar\" style=\"width:{width}px\"></span></td><td class=\"n\">{Format.Count(test.LlmCalls)}</td><td class=\"n\">{Format.Count(test.ToolCalls)}</td>" +
                $"<td class=\"n\">{test.DurationMs:0}</td><td>{(test.IsFlaky ? "flaky" : string.Empty)}</td></tr>"));
            // The reason of a result that did not pass stands under it, readable without hovering (and in print).
            if (!test.Passed && VerdictText.Of(test) is { Length: > 0 } why)
                writer.WriteLine($"<tr class=\"why\"><td colspan=\"9\"><pre>{Encode(why)}</pre></td></tr>");
        }
        writer.WriteLine("</tbody></table>");
        writer.WriteLine("<p><small>Tokens: total (input + output) of the deciding attempt; the bar is relative to the largest. Duration: wall time of the deciding attempt. Not reported: the agent gave no figure (not 0). " +
            "Flaky: the outcome changed across recent runs of the same commit. The line under a test that did not pass gives its error and every verdict.</small></p>");
        writer.WriteLine("</body></html>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
