using AgentGym.TestAdapter.Fixtures;
using AgentGym.TestAdapter.Tests.Fakes;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.Tests;

public sealed class ResultTests(FullRunFixture run) : IClassFixture<FullRunFixture>
{
    private readonly FakeFrameworkHandle _handle = run.Handle;

    [Fact]
    public void Every_discovered_test_is_started_reported_and_ended_once()
    {
        var discovered = run.Discovered.Select(t => t.Id).Order().ToList();

        Assert.Equal(discovered, _handle.Started.Select(t => t.Id).Order());
        Assert.Equal(discovered, _handle.Results.Select(r => r.TestCase.Id).Order());
        Assert.Equal(discovered, _handle.Ended.Select(e => e.TestCase.Id).Order());
        Assert.All(_handle.Ended, e => Assert.Equal(_handle.Results.Single(r => r.TestCase.Id == e.TestCase.Id).Outcome, e.Outcome));
    }

    [Fact]
    public void A_passing_test_shows_its_metrics_and_every_verdict_in_its_output()
    {
        var result = _handle.ResultOf(AdapterDriver.FullName<FunctionalTests>(nameof(FunctionalTests.Passes)));

        Assert.Equal(TestOutcome.Passed, result.Outcome);
        Assert.Null(result.ErrorMessage);
        var output = result.StandardOutput();
        Assert.Contains("Metrics:", output, StringComparison.Ordinal);
        Assert.Contains("tokens 19 (in 12, out 7)", output, StringComparison.Ordinal);
        Assert.Contains("PASS ContainsText(\"echo: hello\")", output, StringComparison.Ordinal);
        Assert.Contains("PASS MatchesRegex(", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_validator_fails_the_test_and_says_what_was_expected()
    {
        var result = _handle.ResultOf(AdapterDriver.FullName<FunctionalTests>(nameof(FunctionalTests.FailsValidation)));

        Assert.Equal(TestOutcome.Failed, result.Outcome);
        Assert.Contains("expected the response to contain \"goodbye\", got \"echo: hello\"", result.ErrorMessage, StringComparison.Ordinal);
        // One validator's failure never hides another's verdict.
        Assert.Contains("FAIL ContainsText(\"goodbye\")", result.StandardOutput(), StringComparison.Ordinal);
        Assert.Contains("PASS ExpectText(", result.StandardOutput(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_in_the_test_body_fails_the_test_with_its_message_and_stack()
    {
        var result = _handle.ResultOf(AdapterDriver.FullName<FunctionalTests>(nameof(FunctionalTests.FailsAssertion)));

        Assert.Equal(TestOutcome.Failed, result.Outcome);
        Assert.Contains("Expected 'pong', got 'echo: ping'", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(nameof(FunctionalTests.FailsAssertion), result.ErrorStackTrace, StringComparison.Ordinal);
        Assert.Contains("Metrics:", result.StandardOutput(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_skipped_test_reports_its_reason()
    {
        var result = _handle.ResultOf(AdapterDriver.FullName<FunctionalTests>(nameof(FunctionalTests.IsSkipped)));

        Assert.Equal(TestOutcome.Skipped, result.Outcome);
        Assert.Equal(FunctionalTests.SkipReason, result.ErrorMessage);
    }

    [Fact]
    public void A_skipped_tests_reason_is_a_run_message_that_dotnet_test_shows_at_normal_verbosity()
    {
        var result = _handle.ResultOf(AdapterDriver.FullName<FunctionalTests>(nameof(FunctionalTests.IsSkipped)));

        Assert.Contains($"[AgentGym] Skipped {result.TestCase.DisplayName}: {FunctionalTests.SkipReason}", _handle.Warnings);
    }

    [Fact]
    public void Every_run_message_carries_the_AgentGym_tag_once()
    {
        Assert.NotEmpty(_handle.Messages);
        Assert.All(_handle.Messages, m => Assert.DoesNotContain("[AgentGym] [AgentGym]", m.Message, StringComparison.Ordinal));
        Assert.All(_handle.Messages, m => Assert.StartsWith("[AgentGym] ", m.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_test_with_a_wrong_signature_fails_and_says_what_is_wrong()
    {
        var result = _handle.ResultOf(AdapterDriver.FullName<BrokenTests>(nameof(BrokenTests.HasWrongSignature)));

        Assert.Equal(TestOutcome.Failed, result.Outcome);
        Assert.Contains("parameter 'count' of type Int32", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("BrokenTests.cs", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_of_an_unknown_agent_fails_and_names_the_registered_agents()
    {
        var result = _handle.ResultOf(AdapterDriver.FullName<BrokenTests>(nameof(BrokenTests.UsesUnknownAgent)));

        Assert.Equal(TestOutcome.Failed, result.Outcome);
        Assert.Contains($"Agent '{BrokenTests.UnknownAgentName}' is not registered", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(FixtureStartup.Echo, result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_whose_agent_never_answers_fails_as_a_timeout()
    {
        var result = _handle.ResultOf(AdapterDriver.FullName<BrokenTests>(nameof(BrokenTests.TimesOut)));

        Assert.Equal(TestOutcome.Failed, result.Outcome);
        Assert.StartsWith("[Timeout]", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_with_an_invalid_regex_fails_and_names_the_attribute_and_the_pattern()
    {
        var result = _handle.ResultOf(AdapterDriver.FullName<BrokenTests>(nameof(BrokenTests.HasInvalidRegex)));

        Assert.Equal(TestOutcome.Failed, result.Outcome);
        Assert.Contains("[MatchesRegex]", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(BrokenTests.InvalidPattern, result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("not a valid regular expression", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_with_a_missing_schema_file_fails_and_names_the_file()
    {
        var result = _handle.ResultOf(AdapterDriver.FullName<BrokenTests>(nameof(BrokenTests.HasMissingSchemaFile)));

        Assert.Equal(TestOutcome.Failed, result.Outcome);
        Assert.Contains("[MatchesJsonSchema]", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(BrokenTests.MissingSchemaFile, result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("does not exist", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_agent_of_a_per_agent_test_gets_its_own_result()
    {
        var results = _handle.Results.Where(r => r.TestCase.FullyQualifiedName == AdapterDriver.FullName<PerAgentTests>(nameof(PerAgentTests.AnswersEveryInput))).ToList();

        // The validator wants a lower-case "a": the echo agent keeps it, the upper-casing agent does not.
        Assert.Equal(4, results.Count);
        Assert.All(results.Where(r => r.TestCase.Traits.Any(t => t.Name == "Agent" && t.Value == FixtureStartup.Echo)), r => Assert.Equal(TestOutcome.Passed, r.Outcome));
        Assert.All(results.Where(r => r.TestCase.Traits.Any(t => t.Name == "Agent" && t.Value == FixtureStartup.Upper)), r => Assert.Equal(TestOutcome.Failed, r.Outcome));
    }

    [Fact]
    public void Results_carry_their_start_and_end_times()
    {
        Assert.All(_handle.Results, r =>
        {
            Assert.NotEqual(default, r.StartTime);
            Assert.True(r.EndTime >= r.StartTime, $"{r.TestCase.DisplayName} ends before it starts");
            Assert.Equal(r.EndTime - r.StartTime, r.Duration);
        });
    }
}
