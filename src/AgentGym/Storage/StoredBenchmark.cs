namespace AgentGym.Sdk;

/// <summary>A benchmark the store has runs of: a row of <c>agent_benchmarks</c>.</summary>
/// <param name="Name">The benchmark's name (its class or title).</param>
/// <param name="LastSeenAt">When it last ran.</param>
/// <param name="Runs">How many runs it has.</param>
public sealed record StoredBenchmark(string Name, DateTimeOffset LastSeenAt, int Runs);
