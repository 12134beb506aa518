using AgentGym.Benchmarks.Results;

namespace AgentGym.Benchmarks.Running;

/// <summary>What a switcher run did: the runs of the classes that ran, and the exit code that says how it went.</summary>
/// <param name="Runs">The runs, one per class that ran, in order.</param>
/// <param name="ExitCode">One of <see cref="AgentBenchmarkExitCodes"/>.</param>
public sealed record AgentBenchmarkSwitcherResult(IReadOnlyList<AgentBenchmarkRun> Runs, int ExitCode);
