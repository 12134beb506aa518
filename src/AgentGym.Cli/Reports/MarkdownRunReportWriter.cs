using AgentGym.Cli.Commands;
using System.Globalization;

namespace AgentGym.Cli.Reports;

/// <summary>A GitHub-flavoured Markdown table per report, with a legend.</summary>
internal sealed class MarkdownRunReportWriter : IRunReportWriter
{
    public string Name => "md";

    public void Write(RunReport report, TextWriter writer)
    {
        var runs = string.Join(", ", report.Runs.Select(r => r.Id.ToString(CultureInfo.InvariantCulture)));
        var first = report.Runs[0].Info;
        writer.WriteLine($"# AgentGym run {runs}");
        writer.WriteLine();
        writer.WriteLine($"Branch `{first.Branch ?? "-"}`, commit `{first.Commit ?? "-"}`, started {first.StartedAt.UtcDateTime:u}. **{report.Passed} passed, {report.Failed} failed, {report.Skipped} skipped.**");
        writer.WriteLine();
        writer.WriteLine("| Test | Agent | Status | Tokens | LLM calls | Tool calls | Duration (ms) | Flaky |");
        writer.WriteLine("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var test in report.Tests)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Escape(test.DisplayName)} | {Escape(test.AgentName ?? "-")} | {test.Status} | {Format.Count(test.TotalTokens)} | {Format.Count(test.LlmCalls)} | {Format.Count(test.ToolCalls)} | {test.DurationMs:0} | {(test.IsFlaky ? "flaky" : string.Empty)} |"));
        }
        writer.WriteLine();
        writer.WriteLine("Tokens: total (input + output) of the deciding attempt. Duration: wall time of the deciding attempt. Not reported: the agent gave no figure (not 0). Flaky: the outcome changed across recent runs of the same commit.");
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
