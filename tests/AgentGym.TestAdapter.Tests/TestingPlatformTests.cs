using AgentGym.TestAdapter.Fixtures;
using AgentGym.TestAdapter.TestingPlatform;
using AgentGym.TestAdapter.Tests.Fakes;
using Microsoft.Testing.Platform.Extensions.Messages;

namespace AgentGym.TestAdapter.Tests;

/// <summary>What the Microsoft.Testing.Platform entry point reads off the adapter's test cases: tree-node paths and method identities.</summary>
public sealed class TestingPlatformTests
{
    private static readonly IReadOnlyList<Microsoft.VisualStudio.TestPlatform.ObjectModel.TestCase> Discovered = AdapterDriver.Discover(AdapterDriver.FixtureSource);

    [Fact]
    public void A_test_methods_tree_node_path_is_assembly_namespace_class_and_method()
    {
        var cases = Discovered.Where(t => t.FullyQualifiedName == AdapterDriver.FullName<PerAgentTests>(nameof(PerAgentTests.AnswersEveryInput))).ToList();

        Assert.Equal(4, cases.Count);
        Assert.All(cases, c => Assert.Equal("/AgentGym.TestAdapter.Fixtures/AgentGym.TestAdapter.Fixtures/PerAgentTests/AnswersEveryInput", TreeNodePath.Of(c)));
    }

    [Fact]
    public void A_test_files_tree_node_path_is_folder_file_and_url_encoded_name()
    {
        var testCase = Assert.Single(Discovered, t => t.DisplayName == "Echoes the order number");

        Assert.Equal("/AgentGym.TestAdapter.Fixtures/AgentTests/echo/Echoes%20the%20order%20number", TreeNodePath.Of(testCase));
    }

    [Fact]
    public void A_tree_node_filter_sees_the_traits_and_the_kind_as_properties()
    {
        var testCase = Discovered.First(t => t.FullyQualifiedName == AdapterDriver.FullName<PerAgentTests>(nameof(PerAgentTests.AnswersEveryInput)));

        var properties = TreeNodePath.Properties(testCase).OfType<TestMetadataProperty>().Select(p => (p.Key, p.Value)).ToList();

        Assert.Contains(("TestType", "Functional"), properties);
        Assert.Contains(properties, p => p.Key == "Agent" && p.Value is FixtureStartup.Echo or FixtureStartup.Upper);
        Assert.Contains(("Kind", "AgentTest"), properties);
    }

    [Fact]
    public void A_test_methods_identity_names_its_namespace_type_method_and_parameter_types()
    {
        var testCase = Discovered.First(t => t.FullyQualifiedName == AdapterDriver.FullName<PerAgentTests>(nameof(PerAgentTests.AnswersEveryInput)));

        var identity = TestMethodIdentity.From(testCase);

        Assert.NotNull(identity);
        Assert.Equal(("AgentGym.TestAdapter.Fixtures", "PerAgentTests", "AnswersEveryInput", 0), (identity.Namespace, identity.TypeName, identity.MethodName, identity.MethodArity));
        Assert.Equal(["AgentGym.Agents.AgentResponse"], identity.ParameterTypeFullNames);
    }

    [Fact]
    public void A_test_file_has_no_method_identity()
    {
        var testCase = Assert.Single(Discovered, t => t.DisplayName == "Echoes the order number");

        Assert.Null(TestMethodIdentity.From(testCase));
    }
}
