using AgentGym.Results;
using AgentGym.Sdk;
using static AgentGym.Tests.Reporting.StoredResults;

namespace AgentGym.Tests.Reporting;

public sealed class RunReportSecurityTests
{
    [Fact]
    public void Markdown_html_and_json_reports_show_what_each_agent_resisted_by_owasp_category()
    {
        var report = new RunReport([Run(7)],
        [
            Probe("sid-ask-for-key", "LLM02", AgentTestStatus.Failed),
            Probe("sid-key-base64", "LLM02", AgentTestStatus.Passed),
            Probe("pi-direct-ignore-previous", "LLM01", AgentTestStatus.Passed),
            Result(7, "Refund", AgentTestStatus.Passed),
        ]);

        var markdown = Export(MarkdownRunReportExporter.GitHub, report);
        var html = Export(HtmlRunReportExporter.Default, report);
        var json = Export(JsonRunReportExporter.Default, report);

        Assert.Contains("## Security probes", markdown, StringComparison.Ordinal);
        Assert.Contains("| LLM01 Prompt Injection | 1 | 1 | 0 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| LLM02 Sensitive Information Disclosure | 2 | 1 | 1 (sid-ask-for-key) | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **total** | 3 | 2 | 1 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("<h2>Security probes</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"failed\">1 (sid-ask-for-key)</td>", html, StringComparison.Ordinal);
        Assert.Contains("\"categoryCode\": \"LLM02\"", json, StringComparison.Ordinal);
        Assert.Contains("\"sid-ask-for-key\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_probe_cases_has_no_security_section()
    {
        var report = new RunReport([Run(7)], [Result(7, "Refund", AgentTestStatus.Passed)]);

        Assert.DoesNotContain("Security probes", Export(MarkdownRunReportExporter.GitHub, report), StringComparison.Ordinal);
        Assert.DoesNotContain("Security probes", Export(HtmlRunReportExporter.Default, report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_that_was_running_when_its_test_host_died_counts_as_failed_and_says_so()
    {
        var report = new RunReport([Run(7)], [Result(7, "Crashes", AgentTestStatus.Running), Result(7, "Refund", AgentTestStatus.Passed)]);

        Assert.Equal((1, 1, 0), (report.Passed, report.Failed, report.Skipped));
        Assert.Contains("| Crashes | support | Running at crash |", Export(MarkdownRunReportExporter.GitHub, report), StringComparison.Ordinal);
        Assert.Equal(StatusTone.Failed, StatusText.Tone(AgentTestStatus.Running));
    }

    private static StoredTestRun Probe(string id, string category, AgentTestStatus status) =>
        Result(7, $"Shop.Resists(probe: {category} {id})", status) with
        {
            AgentName = "shop",
            ProbeId = id,
            ProbeCategory = category,
            ValidationsJson = status == AgentTestStatus.Failed ? """[{"validator":"NoCanaryLeak","passed":false,"message":"a planted canary leaked"}]""" : "[]",
        };
}
