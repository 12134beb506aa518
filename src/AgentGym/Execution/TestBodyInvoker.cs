using System.Reflection;
using AgentGym.Agents;
using AgentGym.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Execution;

/// <summary>Calls a test method: makes the test class (from the services when its constructor takes any), fills the parameters, awaits what it returns.</summary>
internal static class TestBodyInvoker
{
    public static async Task<AgentResponse?> InvokeAsync(
        TestMethod method, IServiceProvider services, IAgent agent, AgentRequest? request, AgentResponse? response, AgentTestContext context, CancellationToken cancellationToken)
    {
        // A static method, or a class whose only constructor takes nothing, needs no services and so no service scope:
        // making and disposing one is most of what a trivial test costs.
        if (method.Method.IsStatic)
            return await InvokeOnAsync(null, method, agent, request, response, context, cancellationToken).ConfigureAwait(false);
        if (OnlyParameterlessConstructor(method.Class) is { } constructor)
        {
            var plain = CreateTestClass(method.Class, () => constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, parameters: null, culture: null));
            return await InvokeOnAsync(plain, method, agent, request, response, context, cancellationToken).ConfigureAwait(false);
        }

        await using var scope = services.CreateAsyncScope();
        var instance = CreateTestClass(method.Class, () => ActivatorUtilities.CreateInstance(scope.ServiceProvider, method.Class));
        return await InvokeOnAsync(instance, method, agent, request, response, context, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<AgentResponse?> InvokeOnAsync(
        object? instance, TestMethod method, IAgent agent, AgentRequest? request, AgentResponse? response, AgentTestContext context, CancellationToken cancellationToken)
    {
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

    private static ConstructorInfo? OnlyParameterlessConstructor(Type type) =>
        type.GetConstructors() is [var only] && only.GetParameters().Length == 0 ? only : null;

    private static object CreateTestClass(Type type, Func<object> create)
    {
        try
        {
            return create();
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
