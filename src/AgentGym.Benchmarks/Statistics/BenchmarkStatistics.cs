using AgentGym.Benchmarks.Results;
using AgentGym.Results;

namespace AgentGym.Benchmarks.Statistics;

/// <summary>Computes a run's statistics, ranking and comparisons from its iterations.</summary>
public static class BenchmarkStatistics
{
    /// <summary>Fills in <see cref="AgentBenchmarkRun.TaskStatistics"/>, <see cref="AgentBenchmarkRun.AgentStatistics"/>, <see cref="AgentBenchmarkRun.Ranking"/> and <see cref="AgentBenchmarkRun.Comparisons"/>.</summary>
    /// <param name="run">A run with its iterations.</param>
    /// <returns>The run with its statistics.</returns>
    public static AgentBenchmarkRun Compute(AgentBenchmarkRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var confidence = run.Settings.ConfidenceLevel;
        var byTask = run.Agents
            .SelectMany(a => run.Tasks.Select(t => Of(a, t, run.Iterations.Where(i => i.Agent == a && i.Task == t).ToList(), confidence)))
            .ToList();
        var byAgent = run.Agents.Select(a => Of(a, null, run.Iterations.Where(i => i.Agent == a).ToList(), confidence)).ToList();
        var ranking = Rank(byAgent);
        var baseline = byAgent.FirstOrDefault(s => s.Agent == run.Baseline);
        var comparisons = baseline is null ? [] : ranking
            .Where(a => a != run.Baseline)
            .Select(a => Compare(byAgent.First(s => s.Agent == a), baseline, run))
            .ToList();
        return run with { TaskStatistics = byTask, AgentStatistics = byAgent, Ranking = ranking, Comparisons = comparisons };
    }

    /// <summary>Computes the statistics of some iterations.</summary>
    /// <param name="agent">The agent.</param>
    /// <param name="task">The task, or <see langword="null"/> for all.</param>
    /// <param name="iterations">Its iterations.</param>
    /// <param name="confidenceLevel">The success rate's confidence level.</param>
    /// <returns>The statistics.</returns>
    public static AgentTaskStatistics Of(string agent, string? task, IReadOnlyList<BenchmarkIteration> iterations, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(iterations);
        SampleStatistics Figure(Func<BenchmarkIteration, double> value) => SampleStatistics.Of(iterations.Select(value));
        // Counts that an iteration did not report are left out, not taken as 0: Count says how many iterations reported them.
        SampleStatistics Reported(Func<BenchmarkIteration, double?> value) => SampleStatistics.Of(iterations.Select(value).OfType<double>());
        var costs = iterations.Where(i => i.Metrics.Custom.ContainsKey(Figures.CostMetric)).Select(i => i.Metrics.Custom[Figures.CostMetric]).ToList();
        return new AgentTaskStatistics
        {
            Agent = agent,
            Task = task,
            Success = SuccessRate.Wilson(iterations.Count(i => i.Succeeded), iterations.Count, confidenceLevel),
            DurationMs = Figure(i => i.Metrics.Duration.TotalMilliseconds),
            InputTokens = Reported(i => i.Metrics.InputTokens),
            OutputTokens = Reported(i => i.Metrics.OutputTokens),
            TotalTokens = Reported(i => i.Metrics.TotalTokens),
            LlmCalls = Reported(i => i.Metrics.LlmCalls),
            ToolCalls = Reported(i => i.Metrics.ToolCalls),
            CostUsd = costs.Count == 0 ? null : SampleStatistics.Of(costs),
            Failures = iterations.Count(i => i.Status == AgentTestStatus.Failed),
            Errors = iterations.Count(i => i.Status == AgentTestStatus.Error),
            Timeouts = iterations.Count(i => i.Status == AgentTestStatus.Timeout),
        };
    }

    // Best first: the higher success rate, then the lower median duration, then the lower mean tokens.
    private static List<string> Rank(IEnumerable<AgentTaskStatistics> agents) => [.. agents
        .OrderByDescending(s => s.Success.Rate)
        .ThenBy(s => s.DurationMs.Median)
        .ThenBy(s => s.TotalTokens.Mean)
        .Select(s => s.Agent)];

    private static AgentComparison Compare(AgentTaskStatistics agent, AgentTaskStatistics baseline, AgentBenchmarkRun run)
    {
        var alpha = run.Settings.SignificanceLevel;
        double[] Durations(string name) => [.. run.Iterations.Where(i => i.Agent == name).Select(i => i.Metrics.Duration.TotalMilliseconds)];
        var durationP = SignificanceTests.MannWhitney(Durations(agent.Agent), Durations(baseline.Agent));
        var successP = SignificanceTests.TwoProportions(agent.Success.Successes, agent.Success.Trials, baseline.Success.Successes, baseline.Success.Trials);
        var ratios = new Dictionary<string, double>(StringComparer.Ordinal);
        void Ratio(string name, double value, double reference)
        {
            if (reference != 0)
                ratios[name] = value / reference;
        }

        Ratio(Figures.SuccessRate, agent.Success.Rate, baseline.Success.Rate);
        Ratio(Figures.MeanDuration, agent.DurationMs.Mean, baseline.DurationMs.Mean);
        Ratio(Figures.MedianDuration, agent.DurationMs.Median, baseline.DurationMs.Median);
        Ratio(Figures.P95Duration, agent.DurationMs.P95, baseline.DurationMs.P95);
        Ratio(Figures.InputTokens, agent.InputTokens.Mean, baseline.InputTokens.Mean);
        Ratio(Figures.OutputTokens, agent.OutputTokens.Mean, baseline.OutputTokens.Mean);
        Ratio(Figures.TotalTokens, agent.TotalTokens.Mean, baseline.TotalTokens.Mean);
        Ratio(Figures.LlmCalls, agent.LlmCalls.Mean, baseline.LlmCalls.Mean);
        Ratio(Figures.ToolCalls, agent.ToolCalls.Mean, baseline.ToolCalls.Mean);
        if (agent.CostUsd is { } cost && baseline.CostUsd is { } baseCost)
            Ratio(Figures.Cost, cost.Mean, baseCost.Mean);

        var comparison = new AgentComparison
        {
            Agent = agent.Agent,
            Baseline = baseline.Agent,
            Ratios = ratios,
            DurationPValue = durationP,
            DurationSignificant = durationP < alpha,
            SuccessPValue = successP,
            SuccessSignificant = successP < alpha,
            Sentence = string.Empty,
        };
        return comparison with { Sentence = ComparisonSentence.Say(comparison, agent, baseline) };
    }
}
