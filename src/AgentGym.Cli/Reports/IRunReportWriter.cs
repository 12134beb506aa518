namespace AgentGym.Cli.Reports;

/// <summary>Writes a run report in one format.</summary>
internal interface IRunReportWriter
{
    /// <summary>Gets the format's name on the command line (md, csv, json, junit).</summary>
    string Name { get; }

    /// <summary>Writes the report.</summary>
    void Write(RunReport report, TextWriter writer);
}
