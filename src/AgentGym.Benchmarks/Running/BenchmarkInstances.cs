using System.Reflection;
using AgentGym.Agents;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Benchmarks.Running;

/// <summary>
/// One instance of the benchmark class per agent, as BenchmarkDotNet makes one per parameter value: made from the run's
/// services, its <c>[AgentParams]</c> property set, <c>[GlobalSetup]</c> called before the first iteration and
/// <c>[GlobalCleanup]</c> after the last (also after a cancel or a failed setup).
/// </summary>
internal sealed class BenchmarkInstances : IAsyncDisposable
{
    private readonly BenchmarkPlan _plan;
    private readonly Dictionary<string, object> _instances = new(StringComparer.Ordinal);

    private BenchmarkInstances(BenchmarkPlan plan) => _plan = plan;

    public object this[string agent] => _instances[agent];

    public static async Task<BenchmarkInstances> SetUpAsync(BenchmarkPlan plan, IReadOnlyDictionary<string, IAgent> agents, IServiceProvider services)
    {
        var instances = new BenchmarkInstances(plan);
        try
        {
            foreach (var name in plan.Agents)
            {
                var instance = ActivatorUtilities.CreateInstance(services, plan.Type);
                instances._instances[name] = instance;
                plan.AgentProperty.SetValue(instance, new BenchmarkAgent(agents[name]));
                foreach (var setup in plan.GlobalSetups)
                    await CallAsync(instance, setup, name, "GlobalSetup").ConfigureAwait(false);
            }
        }
        catch
        {
            await instances.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return instances;
    }

    public async ValueTask DisposeAsync()
    {
        var failures = new List<Exception>();
        foreach (var (name, instance) in _instances)
        {
            try
            {
                foreach (var cleanup in _plan.GlobalCleanups)
                    await CallAsync(instance, cleanup, name, "GlobalCleanup").ConfigureAwait(false);
                if (instance is IAsyncDisposable asyncDisposable)
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                else if (instance is IDisposable disposable)
                    disposable.Dispose();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.Add(ex);
            }
        }

        _instances.Clear();
        if (failures.Count > 0)
            throw new AggregateException("Cleaning up the benchmark failed.", failures);
    }

    private static async Task CallAsync(object instance, MethodInfo method, string agent, string kind)
    {
        try
        {
            var result = method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, [], culture: null);
            if (result is Task task)
                await task.ConfigureAwait(false);
            else if (result is ValueTask valueTask)
                await valueTask.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"[{kind}] {instance.GetType().FullName}.{method.Name} failed for agent '{agent}': {ex.GetType().Name}: {ex.Message}", ex);
        }
    }
}
