using System.Reflection;
using AgentGym.Agents;
using AgentGym.Execution;

namespace AgentGym.Discovery;

/// <summary>Checks that a test method takes and returns what the engine can give and read.</summary>
internal static class TestMethodSignature
{
    private static readonly Type[] ParametersWithInputs = [typeof(IAgent), typeof(AgentResponse), typeof(AgentRequest), typeof(AgentTestContext), typeof(CancellationToken)];
    private static readonly Type[] ParametersWithoutInputs = [typeof(IAgent), typeof(AgentTestContext), typeof(CancellationToken)];
    private static readonly Type[] ReturnTypes = [typeof(void), typeof(Task), typeof(ValueTask), typeof(AgentResponse), typeof(Task<AgentResponse>), typeof(ValueTask<AgentResponse>)];

    public static IEnumerable<string> Problems(MethodInfo method, bool hasInputs)
    {
        if (!method.IsPublic)
            yield return "is not public; agent test methods must be public.";
        if (method.IsGenericMethodDefinition)
            yield return "is generic; agent test methods cannot have type parameters.";
        var allowed = hasInputs ? ParametersWithInputs : ParametersWithoutInputs;
        foreach (var parameter in method.GetParameters())
        {
            if (!allowed.Contains(parameter.ParameterType))
            {
                yield return hasInputs
                    ? $"has parameter '{parameter.Name}' of type {parameter.ParameterType.Name}; a test with inputs may take IAgent, AgentResponse, AgentRequest, AgentTestContext or CancellationToken."
                    : $"has parameter '{parameter.Name}' of type {parameter.ParameterType.Name}; a test without inputs may take IAgent, AgentTestContext or CancellationToken (AgentRequest and AgentResponse need an [Input] or [InputSource]).";
            }
        }

        if (!ReturnTypes.Contains(method.ReturnType))
            yield return $"returns {method.ReturnType.Name}; an agent test returns void, Task, ValueTask, AgentResponse, Task<AgentResponse> or ValueTask<AgentResponse>.";
    }
}
