using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AgentGym.Metrics;
using AgentGym.Results;

namespace AgentGym.Sdk;

/// <summary>
/// JUnit XML, which CI systems read (GitHub Actions, Azure Pipelines, GitLab, Jenkins): one <c>&lt;testsuite&gt;</c> per run.
/// A failure by <see cref="Outcomes.IsRecordedFailure"/> (a test running when its test host died is an error) is a <c>&lt;failure&gt;</c> when the validators judged the answer, an
/// <c>&lt;error&gt;</c> when the test timed out or threw; any other status that is not a verdict is <c>&lt;skipped&gt;</c>.
/// </summary>
public sealed class JUnitRunReportExporter : IRunReportExporter
{
    /// <summary>The JUnit XML exporter.</summary>
    public static readonly JUnitRunReportExporter Default = new();

    private enum Element
    {
        None,
        Failure,
        Error,
        Skipped,
    }

    private JUnitRunReportExporter()
    {
    }

    /// <inheritdoc />
    public string Name => "junit";

    /// <inheritdoc />
    public string FileExtension => ".xml";

    /// <inheritdoc />
    public string ContentType => "application/xml; charset=utf-8";

    /// <inheritdoc />
    public void Export(RunReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var suites = new XElement("testsuites", new XAttribute("name", "AgentGym"), Counts(report.Tests));
        foreach (var run in report.Runs)
        {
            var tests = report.Tests.Where(t => t.RunId == run.Id).ToList();
            var suite = new XElement("testsuite",
                new XAttribute("name", Xml(run.Info.Source ?? $"run {run.Id}")),
                new XAttribute("id", run.Id),
                Counts(tests),
                new XAttribute("timestamp", run.Info.StartedAt.UtcDateTime.ToString("s", CultureInfo.InvariantCulture)),
                new XAttribute("hostname", Xml(run.Info.Machine)));
            foreach (var test in tests)
                suite.Add(TestCase(test));
            suites.Add(suite);
        }
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false });
        new XDocument(suites).WriteTo(xml);
    }

    // The one outcome rule decides what is a failure; JUnit only tells a wrong answer (failure) from no answer (error).
    private static Element ElementOf(AgentTestStatus status) =>
        Outcomes.IsRecordedFailure(status) ? (status == AgentTestStatus.Failed ? Element.Failure : Element.Error)
        : Outcomes.IsVerdict(status) ? Element.None : Element.Skipped;

    private static XAttribute[] Counts(IReadOnlyList<StoredTestRun> tests) =>
    [
        new("tests", tests.Count),
        new("failures", tests.Count(t => ElementOf(t.Status) == Element.Failure)),
        new("errors", tests.Count(t => ElementOf(t.Status) == Element.Error)),
        new("skipped", tests.Count(t => ElementOf(t.Status) == Element.Skipped)),
    ];

    private static XElement TestCase(StoredTestRun test)
    {
        var status = StatusText.Of(test.Status);
        var testCase = new XElement("testcase",
            new XAttribute("classname", Xml(ClassName(test.FullName))),
            new XAttribute("name", Xml(test.DisplayName)),
            new XAttribute("time", (test.DurationMs / 1000).ToString("0.###", CultureInfo.InvariantCulture)));
        testCase.Add(ElementOf(test.Status) switch
        {
            Element.Failure => new XElement("failure", new XAttribute("message", Xml(test.ErrorMessage ?? "failed")), new XAttribute("type", Xml(test.ErrorType ?? "AgentGym.ValidationFailed")), Xml(VerdictText.Of(test))),
            Element.Error => new XElement("error", new XAttribute("message", Xml(test.ErrorMessage ?? status)), new XAttribute("type", Xml(test.ErrorType ?? status)), Xml(VerdictText.Of(test))),
            Element.Skipped => new XElement("skipped", new XAttribute("message", Xml(test.ErrorMessage ?? status))),
            _ => null,
        });
        testCase.Add(new XElement("system-out", $"tokens {AgentMetrics.Show(test.TotalTokens)}, LLM calls {AgentMetrics.Show(test.LlmCalls)}, tool calls {AgentMetrics.Show(test.ToolCalls)}{(test.IsFlaky ? ", flaky" : string.Empty)}"));
        return testCase;
    }

    private static string ClassName(string fullName) => fullName.LastIndexOf('.') is var dot and > 0 ? fullName[..dot] : fullName;

    // An agent's text may hold characters XML cannot carry (NUL, a lone surrogate): they become U+FFFD instead of failing the report.
    private static string Xml(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                clean.Append(text[i]).Append(text[++i]);
            else
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
        }
        return clean.ToString();
    }
}
