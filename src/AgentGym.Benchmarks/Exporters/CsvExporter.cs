using AgentGym.Benchmarks.Reports;
using AgentGym.Benchmarks.Results;

namespace AgentGym.Benchmarks.Exporters;

/// <summary>Writes the summary table as CSV (RFC 4180: comma-separated, quoted where needed, invariant culture).</summary>
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
        writer.Write(string.Join(",", table.Headers.Select(Quote)) + "\r\n");
        foreach (var row in table.Rows)
            writer.Write(string.Join(",", row.Select(Quote)) + "\r\n");
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
