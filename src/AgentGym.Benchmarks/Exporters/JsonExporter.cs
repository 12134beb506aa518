using System.Text.Json;
using AgentGym.Benchmarks.Results;

namespace AgentGym.Benchmarks.Exporters;

/// <summary>Writes the full data of a run as JSON: settings, statistics, comparisons and every iteration with its metrics and error.</summary>
public sealed class JsonExporter : IAgentBenchmarkExporter
{
    /// <summary>The full JSON exporter (<c>-report-full.json</c>).</summary>
    public static readonly JsonExporter Full = new();

    private static readonly JsonSerializerOptions Options = new(JsonSerializerOptions.Web) { WriteIndented = true };

    private JsonExporter()
    {
    }

    /// <inheritdoc />
    public string FileSuffix => "-report-full.json";

    /// <inheritdoc />
    public void Export(AgentBenchmarkRun run, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(writer);
        var document = new
        {
            run.Title,
            run.Agents,
            run.Baseline,
            run.Tasks,
            Settings = new
            {
                run.Settings.Iterations,
                run.Settings.WarmupIterations,
                run.Settings.MaxParallelism,
                TimeoutMs = run.Settings.Timeout.TotalMilliseconds,
                run.Settings.ConfidenceLevel,
                run.Settings.SignificanceLevel,
            },
            run.WasCancelled,
            run.Resumed,
            run.PlannedIterations,
            run.StartedAt,
            run.CompletedAt,
            run.Ranking,
            run.Comparisons,
            run.AgentStatistics,
            run.TaskStatistics,
            Iterations = run.Iterations.Select(i => new
            {
                i.Agent,
                i.Task,
                i.Iteration,
                Status = i.Status.ToString(),
                i.Succeeded,
                DurationMs = i.Metrics.Duration.TotalMilliseconds,
                i.Metrics.InputTokens,
                i.Metrics.OutputTokens,
                i.Metrics.TotalTokens,
                i.Metrics.LlmCalls,
                i.Metrics.ToolCalls,
                MetricSource = i.Metrics.Source.ToString(),
                i.Metrics.Custom,
                Error = i.Error is null ? null : new { i.Error.Type, i.Error.Message },
                Response = i.ResponseText,
                i.StartedAt,
            }),
        };
        writer.Write(JsonSerializer.Serialize(document, Options));
        writer.WriteLine();
    }
}
