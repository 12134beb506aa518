using System.Globalization;

namespace AgentGym.Sdk;

/// <summary>One CSV row per test result (<see cref="CsvText"/>: RFC 4180); a figure that was not reported is an empty field, never 0.</summary>
public sealed class CsvRunReportExporter : IRunReportExporter
{
    /// <summary>The CSV exporter.</summary>
    public static readonly CsvRunReportExporter Default = new();

    private static readonly string[] Headers =
        ["run", "test_id", "test", "agent", "status", "input_tokens", "output_tokens", "total_tokens", "llm_calls", "tool_calls", "duration_ms", "flaky", "branch", "commit", "error"];

    private CsvRunReportExporter()
    {
    }

    /// <inheritdoc />
    public string Name => "csv";

    /// <inheritdoc />
    public string FileExtension => ".csv";

    /// <inheritdoc />
    public string ContentType => "text/csv; charset=utf-8";

    /// <inheritdoc />
    public void Export(RunReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        CsvText.WriteRow(writer, Headers);
        foreach (var t in report.Tests)
        {
            CsvText.WriteRow(writer,
            [
                Number(t.RunId), t.TestId, t.DisplayName, t.AgentName, StatusText.Of(t.Status),
                Number(t.InputTokens), Number(t.OutputTokens), Number(t.TotalTokens), Number(t.LlmCalls), Number(t.ToolCalls),
                t.DurationMs.ToString("0.###", CultureInfo.InvariantCulture), t.IsFlaky ? "true" : "false", t.Branch, t.Commit, t.ErrorMessage,
            ]);
        }
    }

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
