using AgentGym.TestAdapter.Tests.Fakes;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.Tests;

/// <summary>The fixture's *.agenttest.json/yaml files, surfaced next to its attributed tests.</summary>
public sealed class DeclarativeFileTests(FullRunFixture run) : IClassFixture<FullRunFixture>
{
    public const string EchoesOrder = "AgentTests.echo.Echoes the order number";
    public const string ExpectsRefund = "AgentTests.echo.Expects a refund that never comes";
    public const string Broken = "AgentTests.broken.Has a typo in a field";

    [Fact]
    public void Tests_from_files_are_discovered_beside_attributed_tests_with_their_file_and_line()
    {
        var testCase = run.Discovered.CaseOf(EchoesOrder);

        Assert.Equal("Echoes the order number", testCase.DisplayName);
        Assert.Equal("echo.agenttest.json", Path.GetFileName(testCase.CodeFilePath));
        Assert.Contains("\"name\": \"Echoes the order number\"", File.ReadAllLines(testCase.CodeFilePath!)[testCase.LineNumber - 1], StringComparison.Ordinal);
        Assert.Contains(("Agent", "echo"), testCase.Traits.Select(t => (t.Name, t.Value)));
        Assert.Contains(("TestType", "Functional"), testCase.Traits.Select(t => (t.Name, t.Value)));
    }

    [Fact]
    public void Test_Explorer_groups_file_tests_by_folder_and_file()
    {
        var testCase = run.Discovered.CaseOf(EchoesOrder);

        var hierarchy = testCase.GetPropertyValue<string[]?>(TestProperty.Find("TestCase.Hierarchy")!, null);

        Assert.Equal(["", "AgentTests", "echo", "Echoes the order number"], Assert.IsType<string[]>(hierarchy));
    }

    [Fact]
    public void File_tests_run_and_report_their_validators_verdicts()
    {
        var passed = run.Handle.ResultOf(EchoesOrder);
        var failed = run.Handle.ResultOf(ExpectsRefund);

        Assert.Equal(TestOutcome.Passed, passed.Outcome);
        Assert.Contains("PASS MatchesRegex(", passed.StandardOutput(), StringComparison.Ordinal);
        Assert.Equal(TestOutcome.Failed, failed.Outcome);
        Assert.Contains("refund", failed.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_breaks_the_schema_fails_with_its_file_line_and_field()
    {
        var result = run.Handle.ResultOf(Broken);

        Assert.Equal(TestOutcome.Failed, result.Outcome);
        Assert.Contains("AgentTests/broken.agenttest.yaml:6: retires: is not a known field", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(3, result.TestCase.LineNumber);
    }

    [Fact]
    public void A_filter_by_name_selects_a_file_test()
    {
        var handle = AdapterDriver.RunAll(AdapterDriver.FixtureSource, "Name=Echoes the order number");

        Assert.Equal(EchoesOrder, Assert.Single(handle.Results).TestCase.FullyQualifiedName);
    }
}
