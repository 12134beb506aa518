namespace AgentGym.Cli.Reports;

/// <summary>The report formats that <c>agentgym report --format</c> knows.</summary>
internal static class RunReportWriters
{
    public static IReadOnlyList<IRunReportWriter> All { get; } = [new MarkdownRunReportWriter(), new CsvRunReportWriter(), new JsonRunReportWriter(), new JUnitRunReportWriter(), new HtmlRunReportWriter()];

    public static IEnumerable<string> Names => All.Select(w => w.Name);

    public static IRunReportWriter? Find(string name) => All.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? (string.Equals(name, "markdown", StringComparison.OrdinalIgnoreCase) ? All[0] : null);
}
