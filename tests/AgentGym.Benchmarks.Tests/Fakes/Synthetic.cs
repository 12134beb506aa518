using AgentGym.Benchmarks.Results;
using AgentGym.Benchmarks.Statistics;
using AgentGym.Metrics;
using AgentGym.Results;

namespace AgentGym.Benchmarks.Tests.Fakes;

/// <summary>Runs made of synthetic iterations whose latency and success distributions are known, drawn from seeded generators.</summary>
public static class Synthetic
{
    /// <summary>Iterations of an agent with normally distributed latency and a fixed success probability.</summary>
    public static IEnumerable<BenchmarkIteration> Agent(string name, int seed, int count, double meanMs, double stdDevMs, double successRate, string task = "task", int tokens = 100)
    {
        var random = new Random(seed);
        for (var i = 1; i <= count; i++)
        {
            // Box-Muller: a normal draw from two uniform ones.
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            var succeeded = random.NextDouble() < successRate;
            yield return new BenchmarkIteration
            {
                Agent = name,
                Task = task,
                Iteration = i,
                Status = succeeded ? AgentTestStatus.Passed : AgentTestStatus.Failed,
                Metrics = new AgentMetrics
                {
                    Duration = TimeSpan.FromMilliseconds(Math.Max(1, meanMs + (stdDevMs * normal))),
                    InputTokens = tokens * 3 / 4,
                    OutputTokens = tokens / 4,
                    TotalTokens = tokens,
                    LlmCalls = 1,
                },
            };
        }
    }

    /// <summary>A run of the given iterations with its statistics computed.</summary>
    public static AgentBenchmarkRun Run(string baseline, IEnumerable<BenchmarkIteration> iterations)
    {
        var all = iterations.ToList();
        return BenchmarkStatistics.Compute(new AgentBenchmarkRun
        {
            Title = "Synthetic.Benchmark",
            Agents = [.. all.Select(i => i.Agent).Distinct()],
            Baseline = baseline,
            Tasks = [.. all.Select(i => i.Task).Distinct()],
            Settings = new BenchmarkSettings(all.Count, 0, 1, TimeSpan.FromMinutes(1), 0.95, 0.05),
            Iterations = all,
            PlannedIterations = all.Count,
        });
    }
}
