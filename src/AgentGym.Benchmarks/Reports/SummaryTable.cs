using System.Globalization;
using AgentGym.Benchmarks.Results;
using AgentGym.Benchmarks.Statistics;

namespace AgentGym.Benchmarks.Reports;

/// <summary>The summary table of a run as text cells, shared by the console, Markdown and CSV reports.</summary>
/// <param name="Headers">The column headers.</param>
/// <param name="Rows">The rows, one cell per header.</param>
public sealed record SummaryTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The text of the task cell on an agent's overall row.</summary>
    public const string AllTasks = "(all)";

    /// <summary>Makes the table: one row per agent and task, then one row per agent over all tasks, agents in rank order.</summary>
    /// <param name="run">The run, with its statistics.</param>
    /// <returns>The table.</returns>
    public static SummaryTable Of(AgentBenchmarkRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var withCost = run.AgentStatistics.Any(s => s.CostUsd is not null);
        var confidence = string.Create(CultureInfo.InvariantCulture, $"{run.Settings.ConfidenceLevel * 100:0}% CI");
        List<string> headers = ["Agent", "Task", "N", "Success", confidence, "Mean", "Median", "P90", "P95", "P99", "StdDev", "Ratio",
            "Tokens in", "Tokens out", "Tokens", "LLM calls", "Tool calls", .. withCost ? new[] { "Cost" } : [], "Errors", "Timeouts", "Rank"];
        var order = run.Ranking.Count > 0 ? run.Ranking : run.Agents;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var agent in order)
        {
            foreach (var task in run.Tasks)
            {
                if (run.TaskStatistics.FirstOrDefault(s => s.Agent == agent && s.Task == task) is { } stats)
                    rows.Add(Row(run, stats, Baseline(run.TaskStatistics, run.Baseline, task), withCost, rank: string.Empty));
            }
        }

        foreach (var agent in order)
        {
            if (run.AgentStatistics.FirstOrDefault(s => s.Agent == agent) is { } stats)
                rows.Add(Row(run, stats, Baseline(run.AgentStatistics, run.Baseline, null), withCost, run.RankOf(agent).ToString(CultureInfo.InvariantCulture)));
        }

        return new SummaryTable(headers, rows);
    }

    private static AgentTaskStatistics? Baseline(IReadOnlyList<AgentTaskStatistics> statistics, string baseline, string? task) =>
        statistics.FirstOrDefault(s => s.Agent == baseline && s.Task == task);

    private static List<string> Row(AgentBenchmarkRun run, AgentTaskStatistics s, AgentTaskStatistics? baseline, bool withCost, string rank)
    {
        var d = s.DurationMs;
        var agent = s.Agent == run.Baseline ? $"{s.Agent} (baseline)" : s.Agent;
        var ratio = baseline is not null && DurationRatio.Of(s, baseline) is { } value ? Number(value, "0.00") : "?";
        List<string> row = [agent, s.Task ?? AllTasks, Number(s.Success.Trials, "0"), Percent(s.Success.Rate),
            $"[{Percent(s.Success.Lower)}; {Percent(s.Success.Upper)}]",
            Ms(d.Mean), Ms(d.Median), Ms(d.P90), Ms(d.P95), Ms(d.P99), Ms(d.StdDev), ratio,
            Reported(s.InputTokens, "0.#"), Reported(s.OutputTokens, "0.#"), Reported(s.TotalTokens, "0.#"),
            Reported(s.LlmCalls, "0.##"), Reported(s.ToolCalls, "0.##")];
        if (withCost)
            row.Add(s.CostUsd is { } cost ? "$" + Number(cost.Mean, "0.0#####") : "-");
        row.AddRange([Number(s.Errors, "0"), Number(s.Timeouts, "0"), rank]);
        return row;
    }

    /// <summary>Formats milliseconds as the tables show them.</summary>
    /// <param name="milliseconds">The value.</param>
    /// <returns>Such as <c>123.4 ms</c>.</returns>
    public static string Ms(double milliseconds) => Number(milliseconds, "0.0") + " ms";

    /// <summary>Formats a share as a percentage.</summary>
    /// <param name="share">From 0 to 1.</param>
    /// <returns>Such as <c>92%</c>.</returns>
    public static string Percent(double share) => Number(share * 100, "0") + "%";

    // A count that no iteration reported is "n/r", never 0; one that only some reported says how many did.
    private static string Reported(SampleStatistics figure, string format) =>
        figure.Count == 0 ? "n/r" : Number(figure.Mean, format);

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
