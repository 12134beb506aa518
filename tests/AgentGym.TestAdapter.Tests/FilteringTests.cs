using AgentGym.TestAdapter.Fixtures;
using AgentGym.TestAdapter.Tests.Fakes;

namespace AgentGym.TestAdapter.Tests;

public sealed class FilteringTests
{
    private static readonly string PerAgent = AdapterDriver.FullName<PerAgentTests>(nameof(PerAgentTests.AnswersEveryInput));
    private static readonly string Security = AdapterDriver.FullName<SecurityTests>(nameof(SecurityTests.ResistsPromptInjection));

    [Theory]
    [InlineData("FullyQualifiedName=AgentGym.TestAdapter.Fixtures.PerAgentTests.AnswersEveryInput", 4)]
    [InlineData("FullyQualifiedName~PerAgentTests", 4)]
    [InlineData("Name=AnswersEveryInput", 4)]
    [InlineData("Agent=upper", 2)]
    [InlineData("DisplayName~beta", 2)]
    [InlineData("Agent=upper&DisplayName~beta", 1)]
    public void A_filter_runs_only_the_matching_cases_of_a_method(string filter, int expected)
    {
        var handle = AdapterDriver.RunAll(AdapterDriver.FixtureSource, filter);

        Assert.Equal(expected, handle.Results.Count);
        Assert.All(handle.Results, r => Assert.Equal(PerAgent, r.TestCase.FullyQualifiedName));
        Assert.Equal(handle.Results.Count, handle.Started.Count);
    }

    [Theory]
    [InlineData("TestType=Security")]
    [InlineData("Area=Safety")]
    [InlineData("Name=ResistsPromptInjection")]
    public void A_filter_on_test_type_trait_or_name_selects_the_security_test(string filter)
    {
        var handle = AdapterDriver.RunAll(AdapterDriver.FixtureSource, filter);

        var result = Assert.Single(handle.Results);
        Assert.Equal(Security, result.TestCase.FullyQualifiedName);
    }

    [Fact]
    public void A_filter_on_a_property_no_test_has_runs_nothing()
    {
        var handle = AdapterDriver.RunAll(AdapterDriver.FixtureSource, "Priority=1");

        Assert.Empty(handle.Results);
        Assert.Empty(handle.Errors);
    }

    [Fact]
    public void A_malformed_filter_is_reported_as_an_error_and_runs_nothing()
    {
        var handle = AdapterDriver.RunAll(AdapterDriver.FixtureSource, "(TestType=Security");

        Assert.Empty(handle.Results);
        var error = Assert.Single(handle.Errors);
        Assert.Contains("(TestType=Security", error, StringComparison.Ordinal);
        Assert.Contains("is not valid", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Listing_tests_with_a_filter_lists_only_the_matching_cases()
    {
        var testCases = AdapterDriver.Discover(AdapterDriver.FixtureSource, new FakeRunContext("Agent=upper"));

        Assert.Equal(2, testCases.Count);
        Assert.All(testCases, t => Assert.Contains(t.Traits, trait => trait.Name == "Agent" && trait.Value == FixtureStartup.Upper));
    }
}
