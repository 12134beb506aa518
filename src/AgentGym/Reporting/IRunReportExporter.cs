namespace AgentGym.Sdk;

/// <summary>
/// Writes a test run report in one format, as the benchmark exporters write a benchmark's: the command line
/// (<c>agentgym report</c>) and the server (<c>GET /api/agent-gym/runs/{id}/report</c>) only choose one and call it.
/// </summary>
public interface IRunReportExporter
{
    /// <summary>Gets the format's name, as <c>--format</c> and <c>?format=</c> take it: <c>md</c>, <c>csv</c>, <c>json</c>, <c>junit</c>, <c>html</c>.</summary>
    string Name { get; }

    /// <summary>Gets the end of the report's file name, such as <c>.md</c>.</summary>
    string FileExtension { get; }

    /// <summary>Gets the report's media type, such as <c>text/markdown; charset=utf-8</c>.</summary>
    string ContentType { get; }

    /// <summary>Writes the report.</summary>
    /// <param name="report">The runs and their results.</param>
    /// <param name="writer">Where to write.</param>
    void Export(RunReport report, TextWriter writer);
}
