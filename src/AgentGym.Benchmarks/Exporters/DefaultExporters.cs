namespace AgentGym.Benchmarks.Exporters;

/// <summary>The exporters a run uses unless its config names others.</summary>
public static class DefaultExporters
{
    /// <summary>Gets every built-in exporter: GitHub Markdown, CSV, full JSON and HTML.</summary>
    public static IReadOnlyList<IAgentBenchmarkExporter> All { get; } =
        [MarkdownExporter.GitHub, CsvExporter.Default, JsonExporter.Full, HtmlExporter.Default];
}
