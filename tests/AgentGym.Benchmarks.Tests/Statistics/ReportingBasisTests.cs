using System.Text.Json;
using AgentGym.Benchmarks.Exporters;
using AgentGym.Benchmarks.Reports;
using AgentGym.Benchmarks.Results;
using AgentGym.Benchmarks.Statistics;
using AgentGym.Metrics;
using AgentGym.Results;

namespace AgentGym.Benchmarks.Tests.Statistics;

public sealed class ReportingBasisTests
{
    [Fact]
    public void Two_proportions_far_apart_give_a_tiny_p_value_not_0()
    {
        var p = SignificanceTests.TwoProportions(60, 120, 109, 120);

        Assert.InRange(p, 3.9e-12, 4.5e-12);
    }

    [Fact]
    public void A_p_value_beyond_double_precision_is_the_smallest_positive_double_not_0()
    {
        var p = SignificanceTests.TwoProportions(0, 100_000, 100_000, 100_000);

        Assert.True(p > 0, $"p = {p}");
        Assert.True(p < 1e-300, $"p = {p}");
    }

    [Fact]
    public void The_json_report_writes_a_small_p_value_as_it_is()
    {
        var run = Run(Iterations("small", 120, successes: 109, ms => 100), Iterations("large", 120, successes: 60, ms => 100));

        using var json = JsonDocument.Parse(Export(JsonExporter.Full, run));

        var p = json.RootElement.GetProperty("comparisons")[0].GetProperty("successPValue").GetDouble();
        Assert.InRange(p, 3.9e-12, 4.5e-12);
        Assert.Contains("(significant, p = 4.2e-12)", run.Comparisons[0].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_ratio_and_the_sentence_use_the_same_median_basis()
    {
        // The baseline's mean is pulled up by one slow iteration (mean 280 ms, median 100 ms); the agent takes 110 ms every time.
        var run = Run(Iterations("small", 5, successes: 5, i => i == 5 ? 1000 : 100), Iterations("large", 5, successes: 5, _ => 110));

        var table = SummaryTable.Of(run);
        var ratio = table.Headers.ToList().IndexOf("Ratio");
        var overall = table.Rows.Single(r => r[0] == "large" && r[1] == SummaryTable.AllTasks);
        Assert.Equal("1.10", overall[ratio]);
        Assert.Contains("large is 1.1x slower than small (median;", run.Comparisons[0].Sentence, StringComparison.Ordinal);
        Assert.Contains(Legend.Of(run), l => l.Key == "Ratio" && l.Value.Contains(DurationRatio.Basis, StringComparison.Ordinal));
    }

    private static AgentBenchmarkRun Run(params IEnumerable<BenchmarkIteration>[] agents)
    {
        var all = agents.SelectMany(a => a).ToList();
        return BenchmarkStatistics.Compute(new AgentBenchmarkRun
        {
            Title = "Basis",
            Agents = [.. all.Select(i => i.Agent).Distinct()],
            Baseline = "small",
            Tasks = ["task"],
            Settings = new BenchmarkSettings(all.Count, 0, 1, TimeSpan.FromMinutes(1), 0.95, 0.05),
            Iterations = all,
            PlannedIterations = all.Count,
        });
    }

    private static IEnumerable<BenchmarkIteration> Iterations(string agent, int count, int successes, Func<int, double> milliseconds) =>
        Enumerable.Range(1, count).Select(i => new BenchmarkIteration
        {
            Agent = agent,
            Task = "task",
            Iteration = i,
            Status = i <= successes ? AgentTestStatus.Passed : AgentTestStatus.Failed,
            Metrics = new AgentMetrics { Duration = TimeSpan.FromMilliseconds(milliseconds(i)), TotalTokens = 10, LlmCalls = 1 },
        });

    private static string Export(IAgentBenchmarkExporter exporter, AgentBenchmarkRun run)
    {
        using var writer = new StringWriter();
        exporter.Export(run, writer);
        return writer.ToString();
    }
}
