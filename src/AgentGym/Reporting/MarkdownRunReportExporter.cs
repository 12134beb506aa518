using System.Globalization;
using AgentGym.Metrics;

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
    }
}
