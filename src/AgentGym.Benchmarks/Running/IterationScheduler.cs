using System.Collections.Concurrent;
using AgentGym.Agents;
using AgentGym.Benchmarks.Results;
using AgentGym.Definitions;
using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Benchmarks.Running;

/// <summary>
/// Runs agents x tasks x iterations through the engine, at most <see cref="BenchmarkShape.MaxParallelism"/> at once: the
/// warm-up iterations first (not counted), then the counted ones, interleaved by iteration so that every agent meets the same
/// conditions over time. A cancel stops new iterations; those that were running end as cancelled and are left out.
/// </summary>
internal sealed class IterationScheduler(AgentTestEngine engine, BenchmarkShape shape)
{
    private readonly record struct WorkItem(string Agent, int TaskIndex, int Iteration);

    public int PlannedIterations => shape.Agents.Count * shape.Tasks.Count * shape.Iterations;

    /// <summary>Runs every iteration that is not done yet.</summary>
    /// <param name="agents">The agent of each name.</param>
    /// <param name="definitions">The engine definition of each task (in <see cref="BenchmarkShape.Tasks"/> order), per agent.</param>
    /// <param name="progress">Hears of each counted iteration that runs.</param>
    /// <param name="done">Counted iterations taken from a stopped run: they do not run again and are counted once.</param>
    /// <param name="completed">Hears of each counted iteration as it ends (the results store), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<(IReadOnlyList<BenchmarkIteration> Iterations, bool Cancelled)> RunAsync(
        IReadOnlyDictionary<string, IAgent> agents, IReadOnlyDictionary<string, AgentTestDefinition[]> definitions, ConsoleProgress progress,
        IReadOnlyList<BenchmarkIteration> done, Action<BenchmarkIteration>? completed, CancellationToken cancellationToken)
    {
        var results = new ConcurrentBag<BenchmarkIteration>(done);
        var taken = done.Select(d => (d.Agent, d.Task, d.Iteration)).ToHashSet();
        var warmup = from a in shape.Agents from t in Enumerable.Range(0, shape.Tasks.Count) from i in Enumerable.Range(1, shape.WarmupIterations) select new WorkItem(a, t, i);
        var counted = (from i in Enumerable.Range(1, shape.Iterations)
                       from t in Enumerable.Range(0, shape.Tasks.Count)
                       from a in shape.Agents
                       where !taken.Contains((a, shape.Tasks[t], i))
                       select new WorkItem(a, t, i)).ToList();
        // Nothing left to count: warming up would only spend the agents' time.
        if (counted.Count == 0)
            warmup = [];
        var options = new ParallelOptions { MaxDegreeOfParallelism = shape.MaxParallelism, CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(warmup, options, async (item, _) =>
                await engine.RunAttemptAsync(definitions[item.Agent][item.TaskIndex], agents[item.Agent], item.Agent, item.Iteration, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            await Parallel.ForEachAsync(counted, options, async (item, _) =>
            {
                var attempt = await engine.RunAttemptAsync(definitions[item.Agent][item.TaskIndex], agents[item.Agent], item.Agent, item.Iteration, cancellationToken).ConfigureAwait(false);
                if (attempt.Status == AgentTestStatus.Cancelled)
                    return;
                var iteration = new BenchmarkIteration
                {
                    Agent = item.Agent,
                    Task = shape.Tasks[item.TaskIndex],
                    Iteration = item.Iteration,
                    Status = attempt.Status,
                    Metrics = attempt.Metrics,
                    Error = attempt.Error,
                    ResponseText = attempt.Response?.Text,
                    StartedAt = attempt.StartedAt,
                };
                results.Add(iteration);
                completed?.Invoke(iteration);
                progress.Report(attempt.Status == AgentTestStatus.Passed);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by the user: what ran is reported.
        }

        var agentOrder = shape.Agents.ToList();
        var taskOrder = shape.Tasks.ToList();
        var ordered = results.OrderBy(r => agentOrder.IndexOf(r.Agent)).ThenBy(r => taskOrder.IndexOf(r.Task)).ThenBy(r => r.Iteration).ToList();
        return (ordered, cancellationToken.IsCancellationRequested || ordered.Count < PlannedIterations);
    }
}
