using AgentGym.Benchmarks.Exporters;
using AgentGym.Benchmarks.Results;

namespace AgentGym.Sdk;

/// <summary>Turns a benchmark run into what the results store keeps: summary columns and the full JSON report.</summary>
public static class BenchmarkRunRecords
{
    /// <summary>Makes the record of a run.</summary>
    /// <param name="run">The benchmark run.</param>
    /// <returns>The record.</returns>
    public static BenchmarkRunRecord From(AgentBenchmarkRun run)
    {
        using var json = new StringWriter();
        JsonExporter.Full.Export(run, json);
        var iterations = run.Iterations;
        return new BenchmarkRunRecord
        {
            Name = run.Title,
            Agents = run.Agents,
            Baseline = run.Baseline,
            Tasks = run.Tasks.Count,
            Iterations = iterations.Count,
            SuccessRate = iterations.Count == 0 ? 0 : (double)iterations.Count(i => i.Succeeded) / iterations.Count,
            MeanDurationMs = iterations.Count == 0 ? 0 : iterations.Average(i => i.Metrics.Duration.TotalMilliseconds),
            MeanTokens = iterations.Average(i => (double?)i.Metrics.TotalTokens) ?? 0,
            Winner = run.Ranking.FirstOrDefault(),
            WasCancelled = run.WasCancelled,
            StartedAt = run.StartedAt,
            CompletedAt = run.CompletedAt,
            Json = json.ToString(),
        };
    }
}
