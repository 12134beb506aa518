using AgentGym.Cli.Commands;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using AgentGym.Results;

namespace AgentGym.Cli.Reports;

/// <summary>JUnit XML, which CI systems (GitHub Actions, Azure Pipelines, GitLab, Jenkins) read: one test suite per run.</summary>
internal sealed class JUnitRunReportWriter : IRunReportWriter
{
    public string Name => "junit";

    public void Write(RunReport report, TextWriter writer)
    {
        var suites = new XElement("testsuites",
            new XAttribute("name", "AgentGym"),
            new XAttribute("tests", report.Tests.Count),
            new XAttribute("failures", report.Failed),
            new XAttribute("skipped", report.Skipped));
        foreach (var run in report.Runs)
        {
            var tests = report.Tests.Where(t => t.RunId == run.Id).ToList();
            var suite = new XElement("testsuite",
                new XAttribute("name", run.Info.Source ?? $"run {run.Id}"),
                new XAttribute("id", run.Id),
                new XAttribute("tests", tests.Count),
                new XAttribute("failures", tests.Count(t => t.Status == AgentTestStatus.Failed)),
                new XAttribute("errors", tests.Count(t => t.Status is AgentTestStatus.Error or AgentTestStatus.Timeout)),
                new XAttribute("skipped", tests.Count(t => t.Status is AgentTestStatus.Skipped or AgentTestStatus.Cancelled)),
                new XAttribute("timestamp", run.Info.StartedAt.UtcDateTime.ToString("s", CultureInfo.InvariantCulture)),
                new XAttribute("hostname", run.Info.Machine));
            foreach (var test in tests)
            {
                var testCase = new XElement("testcase",
                    new XAttribute("classname", ClassName(test.FullName)),
                    new XAttribute("name", test.DisplayName),
                    new XAttribute("time", (test.DurationMs / 1000).ToString("0.###", CultureInfo.InvariantCulture)));
                testCase.Add(test.Status switch
                {
                    AgentTestStatus.Failed => new XElement("failure", new XAttribute("message", test.ErrorMessage ?? "failed"), new XAttribute("type", test.ErrorType ?? "AgentGym.ValidationFailed"), VerdictText.Of(test)),
                    AgentTestStatus.Error or AgentTestStatus.Timeout => new XElement("error", new XAttribute("message", test.ErrorMessage ?? test.Status.ToString()), new XAttribute("type", test.ErrorType ?? test.Status.ToString()), VerdictText.Of(test)),
                    AgentTestStatus.Skipped or AgentTestStatus.Cancelled => new XElement("skipped", new XAttribute("message", test.ErrorMessage ?? test.Status.ToString())),
                    _ => null,
                });
                testCase.Add(new XElement("system-out", $"tokens {Format.Count(test.TotalTokens)}, LLM calls {Format.Count(test.LlmCalls)}, tool calls {Format.Count(test.ToolCalls)}{(test.IsFlaky ? ", flaky" : string.Empty)}"));
                suite.Add(testCase);
            }
            suites.Add(suite);
        }
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false });
        new XDocument(suites).WriteTo(xml);
    }

    private static string ClassName(string fullName) => fullName.LastIndexOf('.') is var dot and > 0 ? fullName[..dot] : fullName;
}
