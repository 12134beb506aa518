using Microsoft.Testing.Platform.Extensions.Messages;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.TestingPlatform;

/// <summary>
/// Reads back the test method that a test case's managed names point to (<c>Namespace.Class</c> and
/// <c>Method(System.String,AgentGym.Agents.AgentRequest)</c>), as the identity Test Explorer and TRX read on the platform.
/// </summary>
internal static class TestMethodIdentity
{
    private const string ManagedTypePropertyId = "TestCase.ManagedType";
    private const string ManagedMethodPropertyId = "TestCase.ManagedMethod";

    /// <summary>Gives the method identity of a test case, when it stands for a test method.</summary>
    /// <param name="testCase">The test case.</param>
    /// <returns>The identity, or <see langword="null"/> for a test file's tests and benchmark classes.</returns>
    public static TestMethodIdentifierProperty? From(TestCase testCase)
    {
        if (Value(testCase, ManagedTypePropertyId) is not { Length: > 0 } managedType || Value(testCase, ManagedMethodPropertyId) is not { Length: > 0 } managedMethod)
            return null;

        var open = managedMethod.IndexOf('(', StringComparison.Ordinal);
        var name = open < 0 ? managedMethod : managedMethod[..open];
        var parameters = open < 0 ? [] : SplitParameters(managedMethod[(open + 1)..^1]);
        var arity = 0;
        if (name.LastIndexOf('`') is var tick and > 0 && int.TryParse(name.AsSpan(tick + 1), out var parsed))
        {
            arity = parsed;
            name = name[..tick];
        }

        var dot = managedType.LastIndexOf('.');
        var @namespace = dot < 0 ? string.Empty : managedType[..dot];
        var typeName = dot < 0 ? managedType : managedType[(dot + 1)..];
        return new TestMethodIdentifierProperty(string.Empty, @namespace, typeName, name, arity, parameters, string.Empty);
    }

    private static string? Value(TestCase testCase, string propertyId)
    {
        var property = testCase.Properties.FirstOrDefault(p => string.Equals(p.Id, propertyId, StringComparison.Ordinal));
        return property is null ? null : testCase.GetPropertyValue(property) as string;
    }

    // Commas inside a generic argument list (<...>) or an array rank ([,]) do not separate parameters.
    private static string[] SplitParameters(string list)
    {
        var parameters = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            switch (list[i])
            {
                case '<' or '[':
                    depth++;
                    break;
                case '>' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parameters.Add(list[start..i]);
                    start = i + 1;
                    break;
            }
        }

        if (list.Length > 0)
            parameters.Add(list[start..]);
        return [.. parameters];
    }
}
