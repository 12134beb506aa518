using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentGym.Sdk;

/// <summary>The runs, their totals, every result and the security probe summary (one row per agent and OWASP category) as indented JSON (camelCase, statuses as names).</summary>
public sealed class JsonRunReportExporter : IRunReportExporter
{
    /// <summary>The JSON exporter.</summary>
    public static readonly JsonRunReportExporter Default = new();

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private JsonRunReportExporter()
    {
    }

    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public string ContentType => "application/json; charset=utf-8";

    /// <inheritdoc />
    public void Export(RunReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(JsonSerializer.Serialize(new { runs = report.Runs, report.Passed, report.Failed, report.Skipped, report.Flaky, tests = report.Tests, security = report.Security.Rows }, Options));
    }
}
