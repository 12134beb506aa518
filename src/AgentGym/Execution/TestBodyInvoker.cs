using System.Reflection;
using AgentGym.Agents;
using AgentGym.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Execution;

/// <summary>Calls a test method: makes the test class from the services, fills the parameters, awaits what it returns.</summary>
internal static class TestBodyInvoker
{
    public static async Task<AgentResponse?> InvokeAsync(
        TestMethod method, IServiceProvider services, IAgent agent, AgentRequest? request, AgentResponse? response, AgentTestContext context, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var instance = method.Method.IsStatic ? null : CreateTestClass(method.Class, scope.ServiceProvider);
        try
        {
            var arguments = method.Method.GetParameters()
                .Select(p => Argument(p, agent, request, response, context, cancellationToken))
                .ToArray();
            var result = method.Method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
            return await AwaitResultAsync(result).ConfigureAwait(false);
        }
        finally
        {
            switch (instance)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    private static object CreateTestClass(Type type, IServiceProvider services)
    {
        try
        {
            return ActivatorUtilities.CreateInstance(services, type);
        }
        catch (InvalidOperationException ex)
        {
            throw new TestClassCreationException(
                $"Cannot create test class {type.FullName}: {ex.Message} Register what its constructor needs in the startup class's builder.Services.", ex);
        }
    }

    private static object? Argument(ParameterInfo parameter, IAgent agent, AgentRequest? request, AgentResponse? response, AgentTestContext context, CancellationToken cancellationToken)
    {
        var type = parameter.ParameterType;
        if (type == typeof(IAgent))
            return agent;
        if (type == typeof(AgentResponse))
            return response;
        if (type == typeof(AgentRequest))
            return request;
        if (type == typeof(CancellationToken))
            return cancellationToken;
        if (type == typeof(AgentTestContext))
            return context;
        // Discovery rejects other parameter types, so this is a guard only.
        throw new InvalidOperationException($"Parameter '{parameter.Name}' of type {type.Name} cannot be filled.");
    }

    private static async Task<AgentResponse?> AwaitResultAsync(object? result)
    {
        switch (result)
        {
            case AgentResponse response:
                return response;
            case Task<AgentResponse> task:
                return await task.ConfigureAwait(false);
            case ValueTask<AgentResponse> valueTask:
                return await valueTask.ConfigureAwait(false);
            case Task task:
                await task.ConfigureAwait(false);
                return null;
            case ValueTask valueTask:
                await valueTask.ConfigureAwait(false);
                return null;
            default:
                return null;
        }
    }
}
