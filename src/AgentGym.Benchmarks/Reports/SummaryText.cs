using System.Globalization;
using System.Text;
using AgentGym.Benchmarks.Reports;
using AgentGym.Benchmarks.Results;

namespace AgentGym.Sdk;

/// <summary>The plain-text summary of a run: header, aligned table, comparisons in words and the legend. The console and the test adapter show it.</summary>
public static class SummaryText
{
    /// <summary>Renders the summary.</summary>
    /// <param name="run">The run, with its statistics.</param>
    /// <returns>The text.</returns>
    public static string Render(AgentBenchmarkRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = new StringBuilder();
        text.AppendLine(Header(run));
        text.AppendLine();
        var table = SummaryTable.Of(run);
        var widths = table.Headers.Select((h, i) => Math.Max(h.Length, table.Rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        string Line(IReadOnlyList<string> cells) => "| " + string.Join(" | ", cells.Select((c, i) => i < 2 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))) + " |";
        text.AppendLine(Line(table.Headers));
        text.AppendLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in table.Rows)
            text.AppendLine(Line(row));
        text.AppendLine();
        foreach (var comparison in run.Comparisons)
            text.AppendLine(comparison.Sentence);
        if (run.Comparisons.Count > 0)
            text.AppendLine();
        var nameWidth = Legend.Of(run).Max(l => l.Key.Length);
        foreach (var (name, meaning) in Legend.Of(run))
            text.AppendLine($"  {name.PadRight(nameWidth)} : {meaning}");
        return text.ToString();
    }

    /// <summary>Gets the one-paragraph header: what ran, how, whether it resumed a stopped run and whether it was cancelled.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The header.</returns>
    public static string Header(AgentBenchmarkRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var s = run.Settings;
        var header = string.Create(CultureInfo.InvariantCulture,
            $"// {run.Title}: {run.Agents.Count} agent(s) x {run.Tasks.Count} task(s) x {s.Iterations} iteration(s), {s.WarmupIterations} warm-up, parallelism {s.MaxParallelism}, timeout {s.Timeout.TotalSeconds:0.###} s; baseline: {run.Baseline}");
        if (run.Resumed is { } resumed)
        {
            header += string.Create(CultureInfo.InvariantCulture,
                $"{Environment.NewLine}// RESUMED from run {resumed.RunId}: {resumed.Iterations} of {run.PlannedIterations} iterations were taken from the store as recorded there; {run.Iterations.Count - resumed.Iterations} ran now.");
        }
        return run.WasCancelled
            ? header + string.Create(CultureInfo.InvariantCulture, $"{Environment.NewLine}// CANCELLED: {run.Iterations.Count} of {run.PlannedIterations} iterations ran; the figures cover those only.")
            : header;
    }
}
