namespace AgentGym.Benchmarks.Running;

/// <summary>What the scheduler needs of a benchmark, whether a class or a definition declares it.</summary>
/// <param name="Agents">The agents, in order.</param>
/// <param name="Tasks">The task names, in order.</param>
/// <param name="Iterations">Counted iterations per agent and task.</param>
/// <param name="WarmupIterations">Uncounted iterations per agent and task, run first.</param>
/// <param name="MaxParallelism">How many iterations run at once.</param>
internal sealed record BenchmarkShape(IReadOnlyList<string> Agents, IReadOnlyList<string> Tasks, int Iterations, int WarmupIterations, int MaxParallelism);
