using System.Collections.Concurrent;
using AgentGym.Agents;
using AgentGym.Benchmarks.Results;
using AgentGym.Definitions;
using AgentGym.Execution;
using AgentGym.Results;

namespace AgentGym.Benchmarks.Running;

/// <summary>
/// Runs agents x tasks x iterations through the engine, at most <see cref="BenchmarkPlan.MaxParallelism"/> at once: the
/// warm-up iterations first (not counted), then the counted ones, interleaved by iteration so that every agent meets the same
/// conditions over time. A cancel stops new iterations; those that were running end as cancelled and are left out.
/// </summary>
internal sealed class IterationScheduler(AgentTestEngine engine, BenchmarkPlan plan, TimeSpan timeout)
{
    private readonly record struct WorkItem(string Agent, int TaskIndex, int Iteration);

    public int PlannedIterations => plan.Agents.Count * plan.Tasks.Count * plan.Iterations;

    public async Task<(IReadOnlyList<BenchmarkIteration> Iterations, bool Cancelled)> RunAsync(
        IReadOnlyDictionary<string, IAgent> agents, BenchmarkInstances instances, ConsoleProgress progress, CancellationToken cancellationToken)
    {
        var definitions = plan.Agents.ToDictionary(a => a, a => plan.Tasks.Select((t, i) => Define(a, t, i, instances[a])).ToArray(), StringComparer.Ordinal);
        var results = new ConcurrentBag<BenchmarkIteration>();
        var warmup = from a in plan.Agents from t in Enumerable.Range(0, plan.Tasks.Count) from i in Enumerable.Range(1, plan.WarmupIterations) select new WorkItem(a, t, i);
        var counted = from i in Enumerable.Range(1, plan.Iterations) from t in Enumerable.Range(0, plan.Tasks.Count) from a in plan.Agents select new WorkItem(a, t, i);
        var options = new ParallelOptions { MaxDegreeOfParallelism = plan.MaxParallelism, CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(warmup, options, async (item, _) =>
                await engine.RunAttemptAsync(definitions[item.Agent][item.TaskIndex], agents[item.Agent], item.Agent, item.Iteration, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            await Parallel.ForEachAsync(counted, options, async (item, _) =>
            {
                var attempt = await engine.RunAttemptAsync(definitions[item.Agent][item.TaskIndex], agents[item.Agent], item.Agent, item.Iteration, cancellationToken).ConfigureAwait(false);
                if (attempt.Status == AgentTestStatus.Cancelled)
                    return;
                results.Add(new BenchmarkIteration
                {
                    Agent = item.Agent,
                    Task = plan.Tasks[item.TaskIndex].Name,
                    Iteration = item.Iteration,
                    Status = attempt.Status,
                    Metrics = attempt.Metrics,
                    Error = attempt.Error,
                    ResponseText = attempt.Response?.Text,
                    StartedAt = attempt.StartedAt,
                });
                progress.Report(attempt.Status == AgentTestStatus.Passed);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by the user: what ran is reported.
        }

        var ordered = results.OrderBy(r => plan.Agents.ToList().IndexOf(r.Agent)).ThenBy(r => TaskIndex(r.Task)).ThenBy(r => r.Iteration).ToList();
        return (ordered, cancellationToken.IsCancellationRequested || ordered.Count < PlannedIterations);
    }

    private int TaskIndex(string name)
    {
        for (var i = 0; i < plan.Tasks.Count; i++)
        {
            if (plan.Tasks[i].Name == name)
                return i;
        }

        return int.MaxValue;
    }

    private AgentTestDefinition Define(string agent, BenchmarkTaskCase task, int index, object instance) => new()
    {
        Id = $"{plan.Title}.{task.Name}[agent={agent}]",
        FullName = $"{plan.Title}.{task.Method.Name}",
        DisplayName = $"{plan.Type.Name}.{task.Name}(agent: {agent})",
        AgentName = agent,
        // Functional: budgets judge each iteration, as a benchmark counts each one.
        Type = AgentTestType.Functional,
        InputIndex = task.Request is null ? null : index,
        Validators = task.Validators,
        Timeout = timeout,
        Method = new TestMethod(plan.Type, task.Method),
        Body = new BenchmarkTaskBody(instance, task.Method, task.Request),
    };
}
