using AgentGym.Sdk;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.Discovery;

/// <summary>Turns an agent test definition into the test case that the test platform, <c>--filter</c> and Test Explorer see.</summary>
internal static class TestCaseFactory
{
    /// <summary>The trait that holds the test type (<c>--filter TestType=Security</c>).</summary>
    public const string TestTypeTrait = "TestType";

    /// <summary>The trait that holds the agent's registered name (<c>--filter Agent=gpt</c>).</summary>
    public const string AgentTrait = "Agent";

    /// <summary>The trait that says what an item is (<c>--filter Kind=AgentBenchmark</c>).</summary>
    public const string KindTrait = "Kind";

    /// <summary>The value of <see cref="KindTrait"/> for agent tests, which do not carry the trait (see <see cref="KindOf"/>).</summary>
    public const string TestKind = "AgentTest";

    /// <summary>The value of <see cref="KindTrait"/> for agent benchmarks.</summary>
    public const string BenchmarkKind = "AgentBenchmark";

    /// <summary>Gets what a test case is: <see cref="BenchmarkKind"/> for a benchmark, which carries it as a trait, else <see cref="TestKind"/>.</summary>
    /// <param name="testCase">A test case this factory created.</param>
    /// <returns>The value of <see cref="KindTrait"/> that filters match.</returns>
    public static string KindOf(TestCase testCase) =>
        testCase.Traits.Any(t => t.Name == KindTrait && t.Value == BenchmarkKind) ? BenchmarkKind : TestKind;

    /// <summary>Creates the test case of a run session's item.</summary>
    /// <param name="source">The test assembly's path.</param>
    /// <param name="item">The item: an agent test, or a benchmark class (which has no test type: it is not a test).</param>
    /// <returns>The test case.</returns>
    public static TestCase Create(string source, RunItem item)
    {
        var testCase = new TestCase(item.FullName, AgentGymTestAdapter.ExecutorUri, source)
        {
            Id = TestCaseIdentity.For(source, item.Id),
            DisplayName = item.DisplayName,
        };
        if (item.SourceFile is { } file)
            testCase.CodeFilePath = file;
        if (item.SourceLine is { } line)
            testCase.LineNumber = line;
        testCase.SetPropertyValue(AgentGymTestProperties.DefinitionId, item.Id);
        if (item.Test is not { } definition)
        {
            testCase.Traits.Add(new Trait(KindTrait, BenchmarkKind));
            return testCase;
        }

        // One AddRange: each Add copies the whole trait array in and out of the test case's property bag.
        var traits = new List<Trait>(2 + definition.Traits.Count) { new(TestTypeTrait, definition.Type.ToString()) };
        if (definition.AgentName is { } agent)
            traits.Add(new Trait(AgentTrait, agent));
        foreach (var (name, value) in definition.Traits)
            traits.Add(new Trait(name, value));
        testCase.Traits.AddRange(traits);

        if (definition.Method is { } method)
        {
            testCase.SetPropertyValue(AgentGymTestProperties.ManagedType, ManagedNames.TypeName(method.Class));
            testCase.SetPropertyValue(AgentGymTestProperties.ManagedMethod, ManagedNames.MethodName(method.Method));
            testCase.SetPropertyValue(AgentGymTestProperties.Hierarchy, Hierarchy(method));
        }
        else if (definition.TestFile is { } testFile)
        {
            testCase.SetPropertyValue(AgentGymTestProperties.Hierarchy, Hierarchy(testFile, definition.DisplayName));
        }

        return testCase;
    }

    /// <summary>Reads the key a test case was made with, when it carries one.</summary>
    /// <param name="testCase">The test case.</param>
    /// <returns>The key, or <see langword="null"/>.</returns>
    public static string? KeyOf(TestCase testCase) => testCase.GetPropertyValue<string?>(AgentGymTestProperties.DefinitionId, null);

    // A test file shows as a class of its folder's namespace: AgentTests/orders.agenttest.yaml -> AgentTests > orders > test.
    private static string[] Hierarchy(string testFile, string name)
    {
        var folder = Path.GetDirectoryName(testFile)?.Replace('\\', '/').Replace('/', '.') ?? string.Empty;
        var fileName = Path.GetFileName(testFile);
        var stem = fileName[..fileName.IndexOf(".agenttest.", StringComparison.OrdinalIgnoreCase)];
        return [string.Empty, folder, stem, name];
    }

    private static string[] Hierarchy(TestMethod method)
    {
        var classNames = new Stack<string>();
        for (var type = method.Class; type is not null; type = type.DeclaringType)
            classNames.Push(type.Name);
        // Container is left empty so that Test Explorer shows the project name.
        return [string.Empty, method.Class.Namespace ?? string.Empty, string.Join('.', classNames), method.Method.Name];
    }
}
