using System.Globalization;

namespace AgentGym.Cli.Reports;

/// <summary>One CSV row per test result (RFC 4180 quoting).</summary>
internal sealed class CsvRunReportWriter : IRunReportWriter
{
    public string Name => "csv";

    // A count that was not reported is an empty cell, never 0.
    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public void Write(RunReport report, TextWriter writer)
    {
        writer.WriteLine("run,test_id,test,agent,status,input_tokens,output_tokens,total_tokens,llm_calls,tool_calls,duration_ms,flaky,branch,commit,error");
        foreach (var t in report.Tests)
        {
            writer.WriteLine(string.Join(',',
                t.RunId.ToString(CultureInfo.InvariantCulture), Quote(t.TestId), Quote(t.DisplayName), Quote(t.AgentName), t.Status,
                Number(t.InputTokens), Number(t.OutputTokens),
                Number(t.TotalTokens), Number(t.LlmCalls),
                Number(t.ToolCalls), t.DurationMs.ToString("0.###", CultureInfo.InvariantCulture),
                t.IsFlaky ? "true" : "false", Quote(t.Branch), Quote(t.Commit), Quote(t.ErrorMessage)));
        }
    }

    private static string Quote(string? value) =>
        value is null ? string.Empty : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
