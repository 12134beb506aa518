using AgentGym.Benchmarks.Reports;
using AgentGym.Benchmarks.Results;
using AgentGym.Sdk;

namespace AgentGym.Benchmarks.Exporters;

/// <summary>Writes the summary as GitHub-flavoured Markdown: header, table, comparisons and legend; agent and task names are written as <see cref="MarkdownText.Cell"/> keeps them.</summary>
public sealed class MarkdownExporter : IAgentBenchmarkExporter
{
    /// <summary>The GitHub Markdown exporter (<c>-report-github.md</c>).</summary>
    public static readonly MarkdownExporter GitHub = new();

    private MarkdownExporter()
    {
    }

    /// <inheritdoc />
    public string FileSuffix => "-report-github.md";

    /// <inheritdoc />
    public void Export(AgentBenchmarkRun run, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("```");
        writer.WriteLine(SummaryText.Header(run));
        writer.WriteLine("```");
        writer.WriteLine();
        var table = SummaryTable.Of(run);
        writer.WriteLine("| " + string.Join(" | ", table.Headers.Select(MarkdownText.Cell)) + " |");
        writer.WriteLine("|" + string.Join("|", table.Headers.Select((_, i) => i < 2 ? "---" : "---:")) + "|");
        foreach (var row in table.Rows)
            writer.WriteLine("| " + string.Join(" | ", row.Select(MarkdownText.Cell)) + " |");
        writer.WriteLine();
        foreach (var comparison in run.Comparisons)
            writer.WriteLine("- " + MarkdownText.Cell(comparison.Sentence));
        if (run.Comparisons.Count > 0)
            writer.WriteLine();
        foreach (var (name, meaning) in Legend.Of(run))
            writer.WriteLine($"- **{MarkdownText.Cell(name)}**: {MarkdownText.Cell(meaning)}");
    }
}
