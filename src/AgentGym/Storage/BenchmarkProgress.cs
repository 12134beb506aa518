namespace AgentGym.Sdk;

/// <summary>What the store holds of a benchmark's newest run: whether it finished, and the iterations it recorded one by one.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Finished">Whether the benchmark ran to its end in it (a result was recorded that was not cancelled).</param>
/// <param name="Iterations">The iterations recorded in it, in the order they were recorded.</param>
public sealed record BenchmarkProgress(long RunId, bool Finished, IReadOnlyList<BenchmarkIterationRecord> Iterations);
