using AgentGym.Agents;

namespace AgentGym.Benchmarks.Running;

/// <summary>
/// The agent a benchmark instance's <c>[AgentParams]</c> property holds. One instance serves many iterations at once, so the
/// property cannot change per iteration; instead this agent routes each call to the agent of the iteration that makes it
/// (the engine's measured wrapper), carried in an async-local. Outside an iteration (global setup) it calls the agent itself.
/// </summary>
internal sealed class BenchmarkAgent(IAgent agent) : IAgent
{
    private static readonly AsyncLocal<IAgent?> IterationAgent = new();

    public string Name => agent.Name;

    public static void UseForThisIteration(IAgent measured) => IterationAgent.Value = measured;

    public Task<AgentResponse> RunAsync(AgentRequest request, CancellationToken cancellationToken = default) =>
        (IterationAgent.Value ?? agent).RunAsync(request, cancellationToken);
}
