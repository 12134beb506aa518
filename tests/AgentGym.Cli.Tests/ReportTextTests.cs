using System.Xml.Linq;
using AgentGym.Results;

namespace AgentGym.Cli.Tests;

public sealed class ReportTextTests : IDisposable
{
    private readonly CliDriver _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_junit_failure_body_is_text_with_one_line_per_verdict_not_json()
    {
        var run = _cli.Record("main", "a", ("Support.Refund", AgentTestStatus.Failed, 100));
        var file = _cli.File("junit.xml");

        _cli.Run("report", run.ToString(), "--format", "junit", "-o", file, "--store", _cli.StorePath);

        var failure = XDocument.Load(file).Descendants("failure").Single();
        Assert.StartsWith("expected 'refund'", failure.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("[", failure.Value, StringComparison.Ordinal);
        Assert.Equal("AgentGym.ValidationFailed", (string?)failure.Attribute("type"));
    }

    [Fact]
    public void The_html_report_shows_the_failure_text_under_the_test_not_only_on_hover()
    {
        var run = _cli.Record("main", "a", ("Support.Refund", AgentTestStatus.Failed, 100), ("Support.Greeting", AgentTestStatus.Passed, 10));
        var file = _cli.File("report.html");

        _cli.Run("report", run.ToString(), "--format", "html", "-o", file, "--store", _cli.StorePath);

        var html = File.ReadAllText(file);
        Assert.Contains("<tr class=\"why\"><td colspan=\"9\"><pre>expected &#39;refund&#39;</pre></td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("title=", html, StringComparison.Ordinal);
        Assert.Single(html.Split("class=\"why\"").Skip(1));
    }

    [Fact]
    public void A_constant_zero_pass_rate_is_drawn_low_and_a_constant_full_one_high()
    {
        _cli.Record("main", "a", ("Always.Fails", AgentTestStatus.Failed, 10), ("Always.Passes", AgentTestStatus.Passed, 10));
        _cli.Record("main", "b", ("Always.Fails", AgentTestStatus.Failed, 10), ("Always.Passes", AgentTestStatus.Passed, 10));

        var (_, failing) = _cli.Run("tests", "history", "Always.Fails", "--store", _cli.StorePath);
        var (_, passing) = _cli.Run("tests", "history", "Always.Passes", "--store", _cli.StorePath);

        Assert.Contains("passed    ▁▁  pass rate 0", failing, StringComparison.Ordinal);
        Assert.Contains("passed    ██  pass rate 100", passing, StringComparison.Ordinal);
    }

    [Fact]
    public void One_result_is_not_called_results()
    {
        var before = _cli.Record("main", "a", ("Support.Refund", AgentTestStatus.Passed, 10));
        var after = _cli.Record("main", "b", ("Support.Refund", AgentTestStatus.Passed, 10));

        var (_, history) = _cli.Run("tests", "history", "Support.Refund", "--limit", "1", "--store", _cli.StorePath);
        var (_, compare) = _cli.Run("compare", before.ToString(), after.ToString(), "--store", _cli.StorePath);

        Assert.Contains("Trend over 1 result,", history, StringComparison.Ordinal);
        Assert.Contains("1 test in run", compare, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_show_marks_a_cancelled_benchmark_run()
    {
        using (var store = new AgentGym.Sdk.SqliteResultStore(_cli.StorePath))
        {
            var runId = store.BeginRun(new AgentGym.Sdk.RunInfo { Kind = AgentGym.Sdk.RunKinds.Benchmark, Source = "Bench.dll" });
            store.RecordBenchmarkRun(runId, new AgentGym.Sdk.BenchmarkRunRecord { Name = "Shop.RefundBenchmark", Agents = ["small"], Iterations = 9, WasCancelled = true });
            store.CompleteRun(runId, DateTimeOffset.UtcNow);
        }

        var (exit, output) = _cli.Run("runs", "show", "1", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.Contains("CANCELLED benchmark Shop.RefundBenchmark", output, StringComparison.Ordinal);
        Assert.Contains("Benchmark Shop.RefundBenchmark (cancelled):", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("120", false, 120)]
    [InlineData("120", true, 120)]
    [InlineData(null, true, 400)]
    [InlineData("", true, 400)]
    [InlineData("wide", false, null)]
    [InlineData(null, false, null)]
    public void The_console_width_is_columns_else_full_width_when_piped(string? columns, bool redirected, int? expected)
    {
        Assert.Equal(expected, TerminalConsole.Width(columns, redirected));
    }
}
