using System.Reflection;
using AgentGym.Agents;
using AgentGym.Sdk;

namespace AgentGym.Benchmarks.Running;

/// <summary>The engine body of a benchmark task: calls the <c>[BenchmarkTask]</c> method on the agent's benchmark instance.</summary>
internal sealed class BenchmarkTaskBody(object instance, MethodInfo method, AgentRequest? request) : AgentTestBody
{
    public override async Task<AgentResponse?> InvokeAsync(AgentTestBodyContext context)
    {
        BenchmarkAgent.UseForThisIteration(context.Agent);
        var arguments = method.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(AgentRequest) => request,
            var t when t == typeof(CancellationToken) => context.CancellationToken,
            _ => (object?)context.Agent,
        }).ToArray();
        return method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null) switch
        {
            Task<AgentResponse> task => await task.ConfigureAwait(false),
            ValueTask<AgentResponse> valueTask => await valueTask.ConfigureAwait(false),
            AgentResponse response => response,
            _ => null,
        };
    }
}
