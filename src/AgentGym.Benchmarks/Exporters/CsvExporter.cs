using System.Globalization;
using AgentGym.Benchmarks.Reports;
using AgentGym.Benchmarks.Results;

namespace AgentGym.Benchmarks.Exporters;

/// <summary>
/// Writes the summary table as CSV (RFC 4180: comma-separated, quoted where needed, invariant culture). A run that was
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
        writer.Write(string.Join(",", Marked(table.Headers, "Cancelled").Select(Quote)) + "\r\n");
        foreach (var row in table.Rows)
            writer.Write(string.Join(",", Marked(row, cancelled).Select(Quote)) + "\r\n");
    }

    /// <summary>Quotes a field when it holds a comma, a quote or a line break.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The CSV field.</returns>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
