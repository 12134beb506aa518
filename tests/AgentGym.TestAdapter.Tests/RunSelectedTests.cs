using AgentGym.TestAdapter.Fixtures;
using AgentGym.TestAdapter.Tests.Fakes;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.Tests;

public sealed class RunSelectedTests
{
    private static readonly string Passes = AdapterDriver.FullName<FunctionalTests>(nameof(FunctionalTests.Passes));
    private static readonly string PerAgent = AdapterDriver.FullName<PerAgentTests>(nameof(PerAgentTests.AnswersEveryInput));
    private static readonly string Security = AdapterDriver.FullName<SecurityTests>(nameof(SecurityTests.ResistsPromptInjection));

    [Fact]
    public void Running_selected_tests_runs_exactly_the_selection()
    {
        var discovered = AdapterDriver.Discover(AdapterDriver.FixtureSource);
        var selection = new[] { discovered.CaseOf(Passes), discovered.CaseOf(Security), discovered.First(t => t.FullyQualifiedName == PerAgent) };

        var handle = AdapterDriver.RunSelected(selection);

        var selected = selection.Select(t => t.Id).Order().ToList();
        Assert.Equal(selected, handle.Started.Select(t => t.Id).Order());
        Assert.Equal(selected, handle.Results.Select(r => r.TestCase.Id).Order());
    }

    [Fact]
    public void A_selected_test_case_is_found_again_by_its_definition_id_after_rediscovery()
    {
        var original = AdapterDriver.Discover(AdapterDriver.FixtureSource).CaseOf(Passes);
        // As Test Explorer may hand it back: same key, but an object (and id) that this discovery did not make.
        var handedBack = new TestCase(original.FullyQualifiedName, original.ExecutorUri, original.Source) { Id = Guid.NewGuid() };
        handedBack.SetPropertyValue(TestProperty.Find("AgentGym.DefinitionId")!, original.GetPropertyValue(TestProperty.Find("AgentGym.DefinitionId")!));

        var handle = AdapterDriver.RunSelected([handedBack]);

        var result = Assert.Single(handle.Results);
        Assert.Same(handedBack, result.TestCase);
        Assert.Equal(TestOutcome.Passed, result.Outcome);
    }

    [Fact]
    public void A_selected_test_case_without_its_definition_id_is_found_by_its_id()
    {
        var original = AdapterDriver.Discover(AdapterDriver.FixtureSource).CaseOf(Security);
        var handedBack = new TestCase(original.FullyQualifiedName, original.ExecutorUri, original.Source) { Id = original.Id };

        var handle = AdapterDriver.RunSelected([handedBack]);

        Assert.Equal(Security, Assert.Single(handle.Results).TestCase.FullyQualifiedName);
    }

    [Fact]
    public void A_selected_test_that_no_longer_exists_is_reported_as_not_found()
    {
        var gone = new TestCase("Fixtures.Removed.Test", AgentGymTestAdapter.ExecutorUri, AdapterDriver.FixtureSource) { Id = Guid.NewGuid() };
        gone.SetPropertyValue(TestProperty.Find("AgentGym.DefinitionId")!, "Fixtures.Removed.Test");

        var handle = AdapterDriver.RunSelected([gone]);

        var result = Assert.Single(handle.Results);
        Assert.Equal(TestOutcome.NotFound, result.Outcome);
        Assert.Contains("Fixtures.Removed.Test", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(handle.Started);
    }
}
