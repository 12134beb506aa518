using AgentGym.Benchmarks.Results;

namespace AgentGym.Benchmarks.Exporters;

/// <summary>Writes one report of a run, as BenchmarkDotNet's exporters do: to <c>&lt;Title&gt;&lt;FileSuffix&gt;</c> in the artifacts folder.</summary>
public interface IAgentBenchmarkExporter
{
    /// <summary>Gets the end of the report's file name, such as <c>-report-github.md</c>.</summary>
    string FileSuffix { get; }

    /// <summary>Writes the report.</summary>
    /// <param name="run">The run, with its statistics.</param>
    /// <param name="writer">Where to write.</param>
    void Export(AgentBenchmarkRun run, TextWriter writer);
}
