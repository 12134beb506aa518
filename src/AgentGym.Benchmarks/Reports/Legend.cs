using AgentGym.Benchmarks.Statistics;
using System.Globalization;
using AgentGym.Benchmarks.Results;

namespace AgentGym.Benchmarks.Reports;

/// <summary>What every column and figure of a report means, one line each, as BenchmarkDotNet prints under its tables.</summary>
public static class Legend
{
    /// <summary>Gets the legend lines of a run's table, as <c>name : meaning</c> pairs.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The lines.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Of(AgentBenchmarkRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var confidence = string.Create(CultureInfo.InvariantCulture, $"{run.Settings.ConfidenceLevel * 100:0}% CI");
        var alpha = run.Settings.SignificanceLevel.ToString("0.###", CultureInfo.InvariantCulture);
        List<KeyValuePair<string, string>> lines =
        [
            new("N", "Counted iterations (warm-up iterations and cancelled ones are not counted)"),
            new("Success", "Share of iterations that passed every validator without error or timeout"),
            new(confidence, $"Wilson score interval of the success rate at {confidence[..^3]} confidence"),
            new("Mean", "Arithmetic mean of the iteration durations"),
            new("Median", "Value separating the faster half of the durations from the slower half"),
            new("P90/P95/P99", "Percentiles of the durations (Hyndman-Fan type 7)"),
            new("StdDev", "Sample standard deviation of the durations"),
            new("Ratio", $"The agent's {DurationRatio.Basis}, on the same task (or overall); the comparison sentences use the same ratio"),
            new("Tokens in/out", "Mean input / output tokens per iteration"),
            new("Tokens", "Mean total tokens per iteration"),
            new("LLM calls", "Mean calls to a language model per iteration"),
            new("Tool calls", "Mean tool (function) calls per iteration"),
            new("n/r", "Not reported: no iteration's agent gave this figure (a mean over the iterations that did is shown otherwise)"),
        ];
        if (run.AgentStatistics.Any(s => s.CostUsd is not null))
            lines.Add(new("Cost", "Mean cost per iteration in USD, from the cost_usd metric of a metric collector"));
        lines.AddRange(
        [
            new("Errors", "Iterations in which the agent threw"),
            new("Timeouts", "Iterations that did not finish within the timeout"),
            new("Rank", "1 = best: higher success rate first, then lower median duration"),
            new("significant", $"Mann-Whitney U test (durations) or two-proportion z-test (success rates) gives p < {alpha}"),
            new("1 ms", "1 Millisecond (0.001 sec)"),
        ]);
        return lines;
    }
}
