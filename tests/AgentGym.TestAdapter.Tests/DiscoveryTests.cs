using AgentGym.TestAdapter.Fixtures;
using AgentGym.TestAdapter.Tests.Fakes;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.Tests;

public sealed class DiscoveryTests
{
    private static readonly string Passes = AdapterDriver.FullName<FunctionalTests>(nameof(FunctionalTests.Passes));
    private static readonly string PerAgent = AdapterDriver.FullName<PerAgentTests>(nameof(PerAgentTests.AnswersEveryInput));
    private static readonly string Security = AdapterDriver.FullName<SecurityTests>(nameof(SecurityTests.ResistsPromptInjection));

    [Fact]
    public void Every_agent_test_case_of_the_fixture_assembly_is_discovered()
    {
        var testCases = AdapterDriver.Discover(AdapterDriver.FixtureSource);

        var expected = new Dictionary<string, int>
        {
            [Passes] = 1,
            [AdapterDriver.FullName<FunctionalTests>(nameof(FunctionalTests.FailsValidation))] = 1,
            [AdapterDriver.FullName<FunctionalTests>(nameof(FunctionalTests.FailsAssertion))] = 1,
            [AdapterDriver.FullName<FunctionalTests>(nameof(FunctionalTests.IsSkipped))] = 1,
            [PerAgent] = 4,
            [Security] = 1,
            [AdapterDriver.FullName<BrokenTests>(nameof(BrokenTests.HasWrongSignature))] = 1,
            [AdapterDriver.FullName<BrokenTests>(nameof(BrokenTests.UsesUnknownAgent))] = 1,
            [AdapterDriver.FullName<BrokenTests>(nameof(BrokenTests.TimesOut))] = 1,
            [AdapterDriver.FullName<BrokenTests>(nameof(BrokenTests.HasInvalidRegex))] = 1,
            [AdapterDriver.FullName<BrokenTests>(nameof(BrokenTests.HasMissingSchemaFile))] = 1,
            [DeclarativeFileTests.EchoesOrder] = 1,
            [DeclarativeFileTests.ExpectsRefund] = 1,
            [DeclarativeFileTests.Broken] = 1,
        };
        Assert.Equal(expected.OrderBy(e => e.Key), testCases.GroupBy(t => t.FullyQualifiedName).ToDictionary(g => g.Key, g => g.Count()).OrderBy(e => e.Key));
        Assert.All(testCases, t => Assert.Equal(AgentGymTestAdapter.ExecutorUri, t.ExecutorUri));
        Assert.All(testCases, t => Assert.Equal(AdapterDriver.FixtureSource, t.Source));
    }

    [Fact]
    public void Test_case_ids_are_unique_even_for_the_agents_and_inputs_of_one_method()
    {
        var testCases = AdapterDriver.Discover(AdapterDriver.FixtureSource);

        Assert.Equal(testCases.Count, testCases.Select(t => t.Id).Distinct().Count());
        Assert.Equal(4, testCases.Where(t => t.FullyQualifiedName == PerAgent).Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void Test_case_ids_are_the_same_in_a_second_discovery()
    {
        var first = AdapterDriver.Discover(AdapterDriver.FixtureSource).ToDictionary(t => t.DisplayName, t => t.Id);
        var second = AdapterDriver.Discover(AdapterDriver.FixtureSource).ToDictionary(t => t.DisplayName, t => t.Id);

        Assert.Equal(first.OrderBy(e => e.Key), second.OrderBy(e => e.Key));
    }

    [Fact]
    public void Each_agent_and_input_of_a_method_gets_a_display_name_of_its_own()
    {
        var displayNames = AdapterDriver.Discover(AdapterDriver.FixtureSource)
            .Where(t => t.FullyQualifiedName == PerAgent)
            .Select(t => t.DisplayName)
            .ToList();

        Assert.Equal(4, displayNames.Distinct().Count());
        Assert.Contains(displayNames, n => n.Contains(FixtureStartup.Upper, StringComparison.Ordinal) && n.Contains("beta", StringComparison.Ordinal));
    }

    [Fact]
    public void Test_cases_point_at_the_line_of_their_AgentTest_attribute()
    {
        var testCase = AdapterDriver.Discover(AdapterDriver.FixtureSource).CaseOf(Passes);

        Assert.Equal("FunctionalTests.cs", Path.GetFileName(testCase.CodeFilePath));
        var line = File.ReadAllLines(testCase.CodeFilePath!)[testCase.LineNumber - 1];
        Assert.Contains("[AgentTest", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_cases_carry_the_test_type_the_agent_and_declared_traits()
    {
        var testCase = AdapterDriver.Discover(AdapterDriver.FixtureSource).CaseOf(Security);

        var traits = testCase.Traits.Select(t => (t.Name, t.Value)).ToList();
        Assert.Contains(("TestType", "Security"), traits);
        Assert.Contains(("Agent", FixtureStartup.Echo), traits);
        Assert.Contains(("Area", "Safety"), traits);
    }

    [Fact]
    public void Kind_selects_agent_tests_without_being_a_trait_that_every_result_carries()
    {
        var testCase = AdapterDriver.Discover(AdapterDriver.FixtureSource).CaseOf(Passes);
        var settings = AdapterDriver.AgentGymSettings("<Store>off</Store>");

        Assert.DoesNotContain(testCase.Traits, t => t.Name == "Kind");
        Assert.Single(AdapterDriver.RunAll(AdapterDriver.FixtureSource, filter: $"Kind=AgentTest&FullyQualifiedName={Passes}", settingsXml: settings).Started);
        Assert.Empty(AdapterDriver.RunAll(AdapterDriver.FixtureSource, filter: $"Kind=AgentBenchmark&FullyQualifiedName={Passes}", settingsXml: settings).Started);
    }

    [Fact]
    public void Test_cases_carry_managed_type_and_method_for_Test_Explorer()
    {
        var testCases = AdapterDriver.Discover(AdapterDriver.FixtureSource);
        var passes = testCases.CaseOf(Passes);
        var failsAssertion = testCases.CaseOf(AdapterDriver.FullName<FunctionalTests>(nameof(FunctionalTests.FailsAssertion)));

        Assert.Equal(typeof(FunctionalTests).FullName, Property<string>(passes, "TestCase.ManagedType"));
        Assert.Equal("Passes(AgentGym.Agents.AgentResponse)", Property<string>(passes, "TestCase.ManagedMethod"));
        Assert.Equal("FailsAssertion(AgentGym.Agents.IAgent,System.Threading.CancellationToken)", Property<string>(failsAssertion, "TestCase.ManagedMethod"));
        string[] hierarchy = ["", typeof(FunctionalTests).Namespace!, nameof(FunctionalTests), nameof(FunctionalTests.Passes)];
        Assert.Equal(hierarchy, Property<string[]>(passes, "TestCase.Hierarchy"));
    }

    [Fact]
    public void Test_cases_carry_their_definition_id_for_run_selected_tests()
    {
        var testCases = AdapterDriver.Discover(AdapterDriver.FixtureSource).Where(t => t.FullyQualifiedName == PerAgent).ToList();

        var ids = testCases.Select(t => Property<string>(t, "AgentGym.DefinitionId")).ToList();
        Assert.Contains($"{PerAgent}[agent={FixtureStartup.Upper}][input=1]", ids);
        Assert.Equal(4, ids.Distinct().Count());
    }

    [Fact]
    public void A_source_that_does_not_reference_AgentGym_is_skipped_and_the_log_says_why()
    {
        var logger = new FakeMessageLogger();
        var xunitAssembly = typeof(FactAttribute).Assembly.Location;

        var testCases = AdapterDriver.Discover(xunitAssembly, logger: logger);

        Assert.Empty(testCases);
        Assert.Contains(logger.Messages, m => m.Message.Contains(Path.GetFileName(xunitAssembly), StringComparison.Ordinal)
            && m.Message.Contains("does not reference AgentGym", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_source_is_skipped_and_the_log_says_why()
    {
        var logger = new FakeMessageLogger();
        var missing = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.dll");

        var testCases = AdapterDriver.Discover(missing, logger: logger);

        Assert.Empty(testCases);
        Assert.Contains(logger.Messages, m => m.Message.Contains("does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void Discovery_says_how_many_test_cases_it_found()
    {
        var logger = new FakeMessageLogger();

        var testCases = AdapterDriver.Discover(AdapterDriver.FixtureSource, logger: logger);

        Assert.Contains(logger.Messages, m => m.Message.Contains($"Found {testCases.Count} agent test case(s)", StringComparison.Ordinal));
    }

    private static T? Property<T>(TestCase testCase, string id)
    {
        var property = TestProperty.Find(id);
        Assert.NotNull(property);
        return testCase.GetPropertyValue<T?>(property, default);
    }
}
