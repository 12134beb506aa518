using AgentGym.Benchmarks.Tests.Fakes;

namespace AgentGym.Benchmarks.Tests.Running;

/// <summary>
/// The test classes that run <see cref="RefundBenchmark"/>, whose static setup and cleanup counters they read: one at a time,
/// so that no other class's run moves the counters while a test counts.
/// </summary>
[CollectionDefinition(nameof(RefundBenchmark))]
public sealed class RefundBenchmarkCollection;
