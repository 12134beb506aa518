namespace AgentGym.Sdk;

/// <summary>The test run report formats that the command line and the server know.</summary>
public static class DefaultRunReportExporters
{
    /// <summary>Gets every built-in exporter: Markdown, CSV, JSON, JUnit XML and HTML.</summary>
    public static IReadOnlyList<IRunReportExporter> All { get; } =
        [MarkdownRunReportExporter.GitHub, CsvRunReportExporter.Default, JsonRunReportExporter.Default, JUnitRunReportExporter.Default, HtmlRunReportExporter.Default];

    /// <summary>Gets the formats' names, as <c>--format</c> takes them.</summary>
    public static IEnumerable<string> Names => All.Select(e => e.Name);

    /// <summary>Finds an exporter by its name (case does not matter; <c>markdown</c> is <c>md</c>).</summary>
    /// <param name="name">The format's name.</param>
    /// <returns>The exporter, or <see langword="null"/> when no format has that name.</returns>
    public static IRunReportExporter? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (string.Equals(name, "markdown", StringComparison.OrdinalIgnoreCase))
            return MarkdownRunReportExporter.GitHub;
        return All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}
