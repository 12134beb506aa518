using AgentGym.TestAdapter.Discovery;
using Microsoft.Testing.Platform.Extensions.Messages;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.TestingPlatform;

/// <summary>
/// Where an agent test sits for <c>--treenode-filter</c>: <c>/Assembly/Namespace/Class/Method</c> (a test file's tests:
/// <c>/Assembly/Folder/File/Test name</c>), each segment URL-encoded, and its traits as <c>[Name=Value]</c> properties.
/// </summary>
internal static class TreeNodePath
{
    // The Test Explorer hierarchy the adapter gives every test case: container, namespace, class, method.
    private const string HierarchyPropertyId = "TestCase.Hierarchy";

    /// <summary>Writes a test case's path.</summary>
    /// <param name="testCase">The test case.</param>
    /// <returns>The path, starting with '/'.</returns>
    public static string Of(TestCase testCase)
    {
        var assembly = Path.GetFileNameWithoutExtension(testCase.Source);
        string[] segments = Hierarchy(testCase) is [var container, var @namespace, var type, var name]
            ? [string.IsNullOrEmpty(container) ? assembly : container, @namespace, type, name]
            : [assembly, .. Split(testCase.FullyQualifiedName), testCase.DisplayName];
        return string.Concat(segments.Select(s => "/" + Uri.EscapeDataString(s)));
    }

    /// <summary>Gives a test case's traits, and its kind, as the properties a tree-node filter matches.</summary>
    /// <param name="testCase">The test case.</param>
    /// <returns>A property per trait, and <c>Kind</c> for an agent test, which does not carry it as a trait.</returns>
    public static PropertyBag Properties(TestCase testCase)
    {
        var traits = testCase.Traits.Select(t => (IProperty)new TestMetadataProperty(t.Name, t.Value));
        return TestCaseFactory.KindOf(testCase) == TestCaseFactory.TestKind
            ? new([.. traits, new TestMetadataProperty(TestCaseFactory.KindTrait, TestCaseFactory.TestKind)])
            : new([.. traits]);
    }

    private static string[]? Hierarchy(TestCase testCase)
    {
        var property = testCase.Properties.FirstOrDefault(p => string.Equals(p.Id, HierarchyPropertyId, StringComparison.Ordinal));
        return property is null ? null : testCase.GetPropertyValue(property) as string[];
    }

    // A benchmark class has no method: Namespace.Class stands for namespace and class.
    private static string[] Split(string fullyQualifiedName)
    {
        var dot = fullyQualifiedName.LastIndexOf('.');
        return dot < 0 ? [string.Empty, fullyQualifiedName] : [fullyQualifiedName[..dot], fullyQualifiedName[(dot + 1)..]];
    }
}
