using System.Text.Json;

namespace AgentGym.Cli.Reports;

/// <summary>The runs and their results as indented JSON (camelCase, enums as text).</summary>
internal sealed class JsonRunReportWriter : IRunReportWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public string Name => "json";

    public void Write(RunReport report, TextWriter writer) =>
        writer.Write(JsonSerializer.Serialize(new { runs = report.Runs, report.Passed, report.Failed, report.Skipped, tests = report.Tests }, Options));
}
