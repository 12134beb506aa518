using System.Collections;
using System.Reflection;
using AgentGym.Agents;
using AgentGym.Attributes;

namespace AgentGym.Discovery;

/// <summary>Reads a test's inputs: <c>[Input]</c>s in the order written, then each <c>[InputSource]</c>'s items.</summary>
internal static class InputResolver
{
    private const BindingFlags StaticMembers = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.FlattenHierarchy;

    public static List<AgentRequest> Resolve(Type testClass, MethodInfo method, List<string> errors)
    {
        var inputs = method.GetCustomAttributes<InputAttribute>(inherit: true)
            .OrderBy(a => a.SourceLineNumber)
            .Select(a => new AgentRequest(a.Task ?? string.Empty))
            .ToList();
        foreach (var source in method.GetCustomAttributes<InputSourceAttribute>(inherit: true))
            inputs.AddRange(FromSource(source, testClass, errors));
        return inputs;
    }

    private static IEnumerable<AgentRequest> FromSource(InputSourceAttribute source, Type testClass, List<string> errors)
    {
        var owner = source.MemberType ?? testClass;
        var where = $"[InputSource(\"{source.MemberName}\")]";
        object? value;
        try
        {
            if (owner.GetProperty(source.MemberName, StaticMembers) is { } property)
                value = property.GetValue(null);
            else if (owner.GetField(source.MemberName, StaticMembers) is { } field)
                value = field.GetValue(null);
            else if (owner.GetMethod(source.MemberName, StaticMembers, Type.EmptyTypes) is { } factory)
                value = factory.Invoke(null, null);
            else
            {
                errors.Add($"{where}: {owner.FullName} has no static property, field or parameterless method named '{source.MemberName}'.");
                return [];
            }
        }
        catch (TargetInvocationException ex)
        {
            errors.Add($"{where}: reading {owner.FullName}.{source.MemberName} threw {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}");
            return [];
        }

        if (value is not IEnumerable items || value is string)
        {
            errors.Add($"{where}: {owner.FullName}.{source.MemberName} must return a sequence of strings or AgentRequests (or xunit-style rows: object[], TheoryData), not {value?.GetType().Name ?? "null"}.");
            return [];
        }

        var requests = new List<AgentRequest>();
        var index = 0;
        foreach (var item in items)
        {
            switch (Unwrap(item))
            {
                case string task:
                    requests.Add(new AgentRequest(task));
                    break;
                case AgentRequest request:
                    requests.Add(request);
                    break;
                case object?[] row:
                    errors.Add($"{where}: item {index} of {owner.FullName}.{source.MemberName} is a row of {row.Length} values; an agent test takes one input per row: a string or an AgentRequest.");
                    break;
                case var other:
                    errors.Add($"{where}: item {index} of {owner.FullName}.{source.MemberName} is {Describe(other)}; expected a string or an AgentRequest.");
                    break;
            }

            index++;
        }

        return requests;
    }

    // xunit habits: a row is an object[] (MemberData, TheoryData in xunit 2) or an ITheoryDataRow (xunit 3, read by its
    // GetData method so that the engine needs no xunit reference); a row of one value is that value.
    private static object? Unwrap(object? item)
    {
        var row = item as object?[] ?? RowData(item);
        return row is [var single] ? single : row ?? item;
    }

    private static object?[]? RowData(object? item)
    {
        var row = item?.GetType().GetInterfaces().FirstOrDefault(i => i.FullName == "Xunit.ITheoryDataRow");
        return row?.GetMethod("GetData", Type.EmptyTypes) is { } getData && getData.ReturnType == typeof(object[])
            ? (object?[]?)getData.Invoke(item, null)
            : null;
    }

    private static string Describe(object? item) => item switch
    {
        null => "null",
        object?[] row => $"a row of {row.Length} values",
        _ => $"a {item.GetType().Name}",
    };
}
