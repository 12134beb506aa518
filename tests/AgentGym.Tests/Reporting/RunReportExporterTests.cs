using System.Xml.Linq;
using AgentGym.Results;
using AgentGym.Sdk;
using static AgentGym.Tests.Reporting.StoredResults;

namespace AgentGym.Tests.Reporting;

public sealed class RunReportExporterTests
{
    private const string Hostile = "Refund, \"order\"\n42 | <b>";

    [Fact]
    public void The_csv_report_quotes_a_name_with_a_comma_a_quote_and_a_line_break_by_the_shared_rule()
    {
        var report = new RunReport([Run(7)], [Result(7, Hostile, AgentTestStatus.Failed, error: "no, \"refund\"")]);

        var csv = Export(CsvRunReportExporter.Default, report);

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("run,test_id,test,agent,status,", rows[0], StringComparison.Ordinal);
        Assert.Equal("7,\"Refund, \"\"order\"\"\n42 | <b>\",\"Refund, \"\"order\"\"\n42 | <b>\",support,Failed,,,100,,,50,false,main,abc123,\"no, \"\"refund\"\"\"", rows[1]);
    }

    [Fact]
    public void Markdown_and_html_reports_write_the_same_header()
    {
        var report = new RunReport([Run(7, group: "ci-9"), Run(8, group: "ci-9")],
            [Result(7, "Refund", AgentTestStatus.Passed), Result(8, "Greeting", AgentTestStatus.Timeout), Result(8, "Slow", AgentTestStatus.Skipped)]);

        var header = RunReportHeader.Of(report);
        var markdown = Export(MarkdownRunReportExporter.GitHub, report);
        var html = Export(HtmlRunReportExporter.Default, report);

        Assert.Equal("AgentGym runs 7, 8", header.Title);
        Assert.Equal(["Branch", "Commit", "Started", "Machine", "Group"], header.Facts.Select(f => f.Key));
        Assert.Equal("1 passed, 1 failed, 1 skipped", header.Totals);
        Assert.StartsWith("# AgentGym runs 7, 8\n", markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Branch `main` · Commit `abc123` · Started `2026-03-01 09:30:00Z` · Machine `build-1` · Group `ci-9`. **1 passed, 1 failed, 1 skipped.**", markdown, StringComparison.Ordinal);
        Assert.Contains("<h1>AgentGym runs 7, 8</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Branch <code>main</code> · Commit <code>abc123</code> · Started <code>2026-03-01 09:30:00Z</code> · Machine <code>build-1</code> · Group <code>ci-9</code>. <strong>1 passed, 1 failed, 1 skipped.</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Merged_runs_of_different_commits_name_each_commit()
    {
        var report = new RunReport([Run(1, commit: "aaa"), Run(2, commit: "bbb")], []);

        Assert.Equal("aaa, bbb", RunReportHeader.Of(report).Facts.Single(f => f.Key == "Commit").Value);
    }

    [Fact]
    public void A_markdown_row_stays_one_row_whatever_the_name_holds()
    {
        var report = new RunReport([Run(7)], [Result(7, Hostile, AgentTestStatus.Passed)]);

        var row = Export(MarkdownRunReportExporter.GitHub, report).ReplaceLineEndings("\n").Split('\n').Single(l => l.StartsWith("| Refund", StringComparison.Ordinal));

        Assert.Equal("| Refund, \"order\" 42 \\| &lt;b> | support | Passed | 100 | not reported | not reported | 50 |  |", row);
    }

    [Fact]
    public void Html_marks_timeout_and_error_as_failures_and_skipped_as_neither()
    {
        var report = new RunReport([Run(7)],
            [Result(7, "A", AgentTestStatus.Timeout), Result(7, "B", AgentTestStatus.Error), Result(7, "C", AgentTestStatus.Skipped), Result(7, "D", AgentTestStatus.Passed)]);

        var html = Export(HtmlRunReportExporter.Default, report);

        Assert.Contains("<td class=\"failed\">Timeout</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"failed\">Error</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"neutral\">Skipped</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"passed\">Passed</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Junit_counts_error_and_timeout_as_failures_as_the_outcome_rule_does()
    {
        AgentTestStatus[] statuses =
            [AgentTestStatus.Passed, AgentTestStatus.Failed, AgentTestStatus.Error, AgentTestStatus.Timeout, AgentTestStatus.Skipped, AgentTestStatus.Cancelled, AgentTestStatus.Running];
        var report = new RunReport([Run(7)], [.. statuses.Select(s => Result(7, s.ToString(), s))]);

        var suites = XDocument.Parse(Export(JUnitRunReportExporter.Default, report)).Root!;

        var suite = suites.Element("testsuite")!;
        foreach (var element in new[] { suites, suite })
        {
            Assert.Equal(report.Failed, (int)element.Attribute("failures")! + (int)element.Attribute("errors")!);
            Assert.Equal((1, 3, 2), ((int)element.Attribute("failures")!, (int)element.Attribute("errors")!, (int)element.Attribute("skipped")!));
        }
        string? Verdict(string test) => suite.Elements("testcase").Single(c => (string?)c.Attribute("name") == test).Elements().FirstOrDefault(e => e.Name != "system-out")?.Name.LocalName;
        Assert.Equal(4, report.Failed);
        // A recorded result still running is a test whose host died while it ran: an error.
        Assert.Equal([null, "failure", "error", "error", "skipped", "skipped", "error"], statuses.Select(s => Verdict(s.ToString())));
    }

    [Fact]
    public void Junit_carries_agent_text_that_xml_cannot_hold()
    {
        var report = new RunReport([Run(7)], [Result(7, "Refund", AgentTestStatus.Failed, error: "bad \0 byte and \ud800 lone")]);

        var failure = XDocument.Parse(Export(JUnitRunReportExporter.Default, report)).Descendants("failure").Single();

        Assert.Equal("bad \uFFFD byte and \uFFFD lone", (string?)failure.Attribute("message"));
    }

    [Fact]
    public void A_failure_text_is_the_error_then_one_verdict_line_each()
    {
        Assert.Equal("Refund Failed\nFAIL ExpectText(\"refund\"): expected 'refund'", VerdictText.Of(Result(7, "Refund", AgentTestStatus.Failed)).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("markdown")]
    [InlineData("CSV")]
    [InlineData("junit")]
    public void Formats_are_found_by_name(string name) => Assert.NotNull(DefaultRunReportExporters.Find(name));

    [Fact]
    public void An_unknown_format_is_none() => Assert.Null(DefaultRunReportExporters.Find("pdf"));
}
