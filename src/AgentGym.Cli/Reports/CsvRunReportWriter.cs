using System.Globalization;

namespace AgentGym.Cli.Reports;

/// <summary>One CSV row per test result (RFC 4180 quoting).</summary>
internal sealed class CsvRunReportWriter : IRunReportWriter
{
    public string Name => "csv";

    public void Write(RunReport report, TextWriter writer)
    {
        writer.WriteLine("run,test_id,test,agent,status,input_tokens,output_tokens,total_tokens,llm_calls,tool_calls,duration_ms,flaky,branch,commit,error");
        foreach (var t in report.Tests)
        {
            writer.WriteLine(string.Join(',',
                t.RunId.ToString(CultureInfo.InvariantCulture), Quote(t.TestId), Quote(t.DisplayName), Quote(t.AgentName), t.Status,
                t.InputTokens.ToString(CultureInfo.InvariantCulture), t.OutputTokens.ToString(CultureInfo.InvariantCulture),
                t.TotalTokens.ToString(CultureInfo.InvariantCulture), t.LlmCalls.ToString(CultureInfo.InvariantCulture),
                t.ToolCalls.ToString(CultureInfo.InvariantCulture), t.DurationMs.ToString("0.###", CultureInfo.InvariantCulture),
                t.IsFlaky ? "true" : "false", Quote(t.Branch), Quote(t.Commit), Quote(t.ErrorMessage)));
        }
    }

    private static string Quote(string? value) =>
        value is null ? string.Empty : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
