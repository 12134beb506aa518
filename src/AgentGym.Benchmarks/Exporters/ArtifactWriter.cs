using System.Text;
using AgentGym.Benchmarks.Results;

namespace AgentGym.Benchmarks.Exporters;

/// <summary>Writes a run's reports into the artifacts folder, one file per exporter.</summary>
public static class ArtifactWriter
{
    /// <summary>Writes every report.</summary>
    /// <param name="run">The run, with its statistics.</param>
    /// <param name="folder">The artifacts folder; created when missing.</param>
    /// <param name="exporters">The exporters.</param>
    /// <returns>The full paths of the files written.</returns>
    public static IReadOnlyList<string> Write(AgentBenchmarkRun run, string folder, IEnumerable<IAgentBenchmarkExporter> exporters)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(exporters);
        var directory = Directory.CreateDirectory(folder).FullName;
        var paths = new List<string>();
        foreach (var exporter in exporters)
        {
            var path = Path.Combine(directory, FileName(run.Title) + exporter.FileSuffix);
            using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                exporter.Export(run, writer);
            paths.Add(path);
        }

        return paths;
    }

    private static string FileName(string title)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string([.. title.Select(c => invalid.Contains(c) ? '_' : c)]);
    }
}
