using AgentGym.TestAdapter.Discovery;

namespace AgentGym.TestAdapter.Filtering;

/// <summary>
/// The names <c>dotnet test --filter</c> can use on agent tests, and their values: FullyQualifiedName, DisplayName, Name
/// (the method), TestType, Agent and every other trait name.
/// </summary>
internal static class TestCaseFilterProperties
{
    /// <summary>The test's full name, <c>Namespace.Class.Method</c>.</summary>
    public const string FullyQualifiedName = "FullyQualifiedName";

    /// <summary>The name shown for the test case, with the agent and input.</summary>
    public const string DisplayName = "DisplayName";

    /// <summary>The test method's name, or a declarative test's name.</summary>
    public const string Name = "Name";

    /// <summary>Lists the property names a filter may use for these tests.</summary>
    /// <param name="tests">The tests, whose trait names count too.</param>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> Supported(IEnumerable<DiscoveredTest> tests)
    {
        var builtIn = new[] { FullyQualifiedName, DisplayName, Name, TestCaseFactory.KindTrait, TestCaseFactory.TestTypeTrait, TestCaseFactory.AgentTrait };
        var traits = tests.SelectMany(t => t.TestCase.Traits).Select(t => t.Name);
        return [.. builtIn.Concat(traits).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Gives the value of a filter property for a test, as the filter evaluator expects it.</summary>
    /// <param name="test">The test.</param>
    /// <param name="propertyName">The property name from the filter (any case).</param>
    /// <returns>A string, an array of trait values, or <see langword="null"/> when the test has no such property.</returns>
    public static object? Value(DiscoveredTest test, string propertyName)
    {
        if (string.Equals(propertyName, FullyQualifiedName, StringComparison.OrdinalIgnoreCase))
            return test.TestCase.FullyQualifiedName;
        if (string.Equals(propertyName, DisplayName, StringComparison.OrdinalIgnoreCase))
            return test.TestCase.DisplayName;
        if (string.Equals(propertyName, Name, StringComparison.OrdinalIgnoreCase))
            return test.Item.Test?.Method?.Method.Name
                ?? (test.Item.Test?.TestFile is not null ? test.Item.DisplayName : test.Item.FullName[(test.Item.FullName.LastIndexOf('.') + 1)..]);

        // An agent test's kind is not stored as a trait: every test would send it with each result, for a value that only
        // tells tests from benchmarks.
        if (string.Equals(propertyName, TestCaseFactory.KindTrait, StringComparison.OrdinalIgnoreCase))
            return new[] { TestCaseFactory.KindOf(test.TestCase) };

        var values = test.TestCase.Traits
            .Where(t => string.Equals(t.Name, propertyName, StringComparison.OrdinalIgnoreCase))
            .Select(t => t.Value)
            .ToArray();
        return values.Length == 0 ? null : values;
    }
}
