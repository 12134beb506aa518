using System.Text.Json;
using AgentGym.Benchmarks.Exporters;
using AgentGym.Benchmarks.Reports;
using AgentGym.Benchmarks.Results;
using AgentGym.Benchmarks.Tests.Fakes;
using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Benchmarks.Tests.Exporters;

public sealed class ExporterTests
{
    private const string Hostile = "<script>alert('x')</script> | a, \"b\"";

    private static AgentBenchmarkRun Run()
    {
        var iterations = Synthetic.Agent("small", seed: 1, count: 6, meanMs: 100, stdDevMs: 10, successRate: 1)
            .Concat(Synthetic.Agent("large|<b>", seed: 2, count: 6, meanMs: 200, stdDevMs: 10, successRate: 1))
            .ToList();
        iterations[^1] = iterations[^1] with { Status = AgentTestStatus.Failed, ResponseText = Hostile, Error = new ErrorInfo("ValidationFailed", Hostile) };
        return Synthetic.Run("small", iterations);
    }

    private static string Export(IAgentBenchmarkExporter exporter, AgentBenchmarkRun run)
    {
        using var writer = new StringWriter();
        exporter.Export(run, writer);
        return writer.ToString();
    }

    [Fact]
    public void Csv_has_the_summary_header_and_one_row_per_agent_and_task_and_per_agent()
    {
        var lines = Export(CsvExporter.Default, Run()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("Agent,Task,N,Success,95% CI,Mean,Median,P90,P95,P99,StdDev,Ratio,", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 2 + 2, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("small (baseline),(all),6,100%,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cancelled_run_is_marked_on_every_csv_row()
    {
        var run = Run() with { WasCancelled = true, PlannedIterations = 40 };

        var lines = Export(CsvExporter.Default, run).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.EndsWith(",Cancelled", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",cancelled: 12 of 40 iterations ran", l, StringComparison.Ordinal));
    }

    [Fact]
    public void A_complete_run_has_no_cancelled_column()
    {
        Assert.DoesNotContain("Cancelled", Export(CsvExporter.Default, Run()), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_quotes_a_name_with_a_comma_a_quote_and_a_line_break_by_the_shared_rule()
    {
        const string Name = "large, \"v2\"\nbeta";
        var run = Synthetic.Run("small", Synthetic.Agent("small", seed: 1, count: 4, meanMs: 100, stdDevMs: 10, successRate: 1)
            .Concat(Synthetic.Agent(Name, seed: 2, count: 4, meanMs: 200, stdDevMs: 10, successRate: 1)));

        var rows = Export(CsvExporter.Default, run).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains(rows, r => r.StartsWith("\"large, \"\"v2\"\"\nbeta\",(all),4,100%,", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Equal(rows[0].Split(',').Length, CsvFields(r)));
    }

    [Fact]
    public void Markdown_and_html_write_the_same_header()
    {
        var run = Run() with { WasCancelled = true, PlannedIterations = 40 };
        var header = SummaryText.Header(run);

        Assert.Contains("```\n" + header.ReplaceLineEndings("\n") + "\n```", Export(MarkdownExporter.GitHub, run).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"<div class=\"header\">{System.Net.WebUtility.HtmlEncode(header)}</div>", Export(HtmlExporter.Default, run), StringComparison.Ordinal);
        Assert.Contains("// CANCELLED: 12 of 40 iterations ran", header, StringComparison.Ordinal);
    }

    // Counts the fields of a CSV row, honouring quotes.
    private static int CsvFields(string row)
    {
        var (fields, quoted) = (1, false);
        foreach (var c in row)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
                fields++;
        }
        return fields;
    }

    [Fact]
    public void Json_holds_every_iteration_with_its_metrics_and_error()
    {
        using var json = JsonDocument.Parse(Export(JsonExporter.Full, Run()));

        var iterations = json.RootElement.GetProperty("iterations");
        Assert.Equal(12, iterations.GetArrayLength());
        var last = iterations[11];
        Assert.Equal("Failed", last.GetProperty("status").GetString());
        Assert.Equal(Hostile, last.GetProperty("response").GetString());
        Assert.True(last.GetProperty("durationMs").GetDouble() > 0);
        Assert.Equal(100, last.GetProperty("totalTokens").GetInt64());
        Assert.Equal(2, json.RootElement.GetProperty("agentStatistics").GetArrayLength());
        Assert.Single(json.RootElement.GetProperty("comparisons").EnumerateArray());
    }

    [Fact]
    public void Markdown_is_a_table_with_escaped_cells_and_a_legend()
    {
        var markdown = Export(MarkdownExporter.GitHub, Run());

        Assert.Contains("| Agent | Task | N | Success |", markdown, StringComparison.Ordinal);
        Assert.Contains("|---|---|---:|", markdown, StringComparison.Ordinal);
        Assert.Contains("large\\|&lt;b>", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Median**: ", markdown, StringComparison.Ordinal);
        Assert.Contains("x slower than small (median; significant", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_self_contained_with_svg_charts_and_escapes_agent_text()
    {
        var html = Export(HtmlExporter.Default, Run());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("large|&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<svg ").Length - 1);
        Assert.Contains("Success rate", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Console_summary_has_the_table_the_comparison_and_a_legend_line_per_column()
    {
        var run = Run();
        var text = SummaryText.Render(run);

        Assert.Contains("// Synthetic.Benchmark: 2 agent(s) x 1 task(s)", text, StringComparison.Ordinal);
        Assert.Contains(run.Comparisons[0].Sentence, text, StringComparison.Ordinal);
        foreach (var header in SummaryTable.Of(run).Headers.Where(h => h is not "Agent" and not "Task" and not "P90" and not "P95" and not "P99" and not "Tokens in" and not "Tokens out"))
            Assert.Contains($"  {header}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Artifacts_are_named_after_the_benchmark_as_benchmarkdotnet_names_them()
    {
        var folder = Directory.CreateTempSubdirectory("agentgym-artifacts-").FullName;
        try
        {
            var paths = ArtifactWriter.Write(Run(), folder, DefaultExporters.All);

            Assert.Equal(
                ["Synthetic.Benchmark-report-github.md", "Synthetic.Benchmark-report.csv", "Synthetic.Benchmark-report-full.json", "Synthetic.Benchmark-report.html"],
                paths.Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
