using System.Globalization;
using AgentGym.Benchmarks.Reports;
using AgentGym.Benchmarks.Results;
using AgentGym.Sdk;

namespace AgentGym.Benchmarks.Exporters;

/// <summary>
/// Writes the summary table as CSV (<see cref="CsvText"/>: RFC 4180, as every AgentGym report). A run that was
/// cancelled has one more column, <c>Cancelled</c>, that says on every row how many of the planned iterations ran.
/// </summary>
public sealed class CsvExporter : IAgentBenchmarkExporter
{
    /// <summary>The CSV exporter (<c>-report.csv</c>).</summary>
    public static readonly CsvExporter Default = new();

    private CsvExporter()
    {
    }

    /// <inheritdoc />
    public string FileSuffix => "-report.csv";

    /// <inheritdoc />
    public void Export(AgentBenchmarkRun run, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(writer);
        var table = SummaryTable.Of(run);
        IEnumerable<string> Marked(IEnumerable<string> cells, string mark) => run.WasCancelled ? cells.Append(mark) : cells;
        var cancelled = string.Create(CultureInfo.InvariantCulture, $"cancelled: {run.Iterations.Count} of {run.PlannedIterations} iterations ran");
        CsvText.WriteRow(writer, Marked(table.Headers, "Cancelled"));
        foreach (var row in table.Rows)
            CsvText.WriteRow(writer, Marked(row, cancelled));
    }
}
