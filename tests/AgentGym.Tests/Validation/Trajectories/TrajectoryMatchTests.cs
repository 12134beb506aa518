using AgentGym.Validation;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Validation.Trajectories;

public sealed class TrajectoryMatchTests
{
    private static readonly ValidationContext SearchLookupRefund = WithToolCalls(Call("search"), Call("lookup"), Call("refund"));

    [Fact]
    public void Strict_passes_the_same_calls_in_the_same_order() =>
        Assert.True(Check(Validator.Trajectory(ExpectedTrajectory.Strict("search", "lookup", "refund")), SearchLookupRefund).Passed);

    [Fact]
    public void Strict_fails_the_same_calls_in_another_order_and_says_so()
    {
        var result = Check(Validator.Trajectory(ExpectedTrajectory.Strict("lookup", "search", "refund")), SearchLookupRefund);

        Assert.False(result.Passed);
        Assert.Contains("the expected calls were all made, in another order", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_fails_an_extra_call_and_shows_it_as_an_added_line()
    {
        var result = Check(Validator.Trajectory(ExpectedTrajectory.Strict("search", "refund")), SearchLookupRefund);

        Assert.False(result.Passed);
        Assert.Contains("1 call not expected", result.Message, StringComparison.Ordinal);
        Assert.Equal(
            [
                "=   1 search   1 search()",
                "+              2 lookup()  called, not expected",
                "=   2 refund   3 refund()",
            ],
            DiffLines(result));
    }

    [Fact]
    public void Strict_fails_a_missing_call_and_shows_it_where_it_was_expected()
    {
        var result = Check(Validator.Trajectory(ExpectedTrajectory.Strict("search", "verify", "lookup", "refund")), SearchLookupRefund);

        Assert.False(result.Passed);
        Assert.Equal(
            [
                "=   1 search   1 search()",
                "-   2 verify               expected, not called",
                "=   3 lookup   2 lookup()",
                "=   4 refund   3 refund()",
            ],
            DiffLines(result));
    }

    [Fact]
    public void Unordered_passes_the_same_calls_in_another_order() =>
        Assert.True(Check(Validator.Trajectory(ExpectedTrajectory.Unordered("refund", "search", "lookup")), SearchLookupRefund).Passed);

    [Fact]
    public void Unordered_fails_when_a_call_is_missing_or_extra()
    {
        var result = Check(Validator.Trajectory(ExpectedTrajectory.Unordered("refund", "search", "verify")), SearchLookupRefund);

        Assert.False(result.Passed);
        Assert.Contains("1 step not called, 1 call not expected", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unordered_counts_repeated_calls()
    {
        var twice = WithToolCalls(Call("search"), Call("search"));

        Assert.True(Check(Validator.Trajectory(ExpectedTrajectory.Unordered("search", "search")), twice).Passed);
        Assert.False(Check(Validator.Trajectory(ExpectedTrajectory.Unordered("search")), twice).Passed);
    }

    [Fact]
    public void Subset_passes_when_every_call_is_expected_even_if_some_steps_are_not_made()
    {
        var result = Check(Validator.Trajectory(ExpectedTrajectory.Subset("search", "lookup", "refund", "escalate")), SearchLookupRefund);

        Assert.True(result.Passed, result.Message);
    }

    [Fact]
    public void Subset_fails_a_call_to_a_tool_that_is_not_expected()
    {
        var result = Check(Validator.Trajectory(ExpectedTrajectory.Subset("search", "refund", "escalate")), SearchLookupRefund);

        Assert.False(result.Passed);
        Assert.Contains("1 call not expected", result.Message, StringComparison.Ordinal);
        Assert.Contains("not called (allowed in a subset)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Superset_passes_when_every_step_is_made_among_other_calls() =>
        Assert.True(Check(Validator.Trajectory(ExpectedTrajectory.Superset("refund", "search")), SearchLookupRefund).Passed);

    [Fact]
    public void Superset_fails_when_a_step_is_not_made()
    {
        var result = Check(Validator.Trajectory(ExpectedTrajectory.Superset("search", "escalate")), SearchLookupRefund);

        Assert.False(result.Passed);
        Assert.Contains("1 step not called", result.Message, StringComparison.Ordinal);
        Assert.Contains("extra call (allowed in a superset)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_calls_at_all_fail_a_strict_trajectory_with_every_step_missing()
    {
        var result = Check(Validator.Trajectory(ExpectedTrajectory.Strict("search", "refund")), WithToolCalls());

        Assert.False(result.Passed);
        Assert.Contains("2 steps not called", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_strict_trajectory_requires_no_calls()
    {
        Assert.True(Check(Validator.Trajectory(ExpectedTrajectory.Strict()), WithToolCalls()).Passed);
        Assert.False(Check(Validator.Trajectory(ExpectedTrajectory.Strict()), WithToolCalls(Call("search"))).Passed);
    }

    [Fact]
    public void The_name_reads_like_the_attribute() =>
        Assert.Equal(
            "ExpectTrajectory(Strict, \"search\", \"refund({\"amount\":10})\", NoToolAfter = \"refund\")",
            Validator.Trajectory(ExpectedTrajectory.Strict("search", """refund {"amount":10}""").WithNoToolAfter("refund")).Name);

    [Fact]
    public void A_failure_shows_matching_missing_unexpected_and_differing_calls_side_by_side()
    {
        var expected = ExpectedTrajectory.Strict("search_policy", "lookup_order", """issue_refund {"amount":20}""").WithNoToolAfter("issue_refund");
        var calls = WithToolCalls(
            Call("search_policy", """{"topic":"refund"}"""), Call("get_weather", """{"city":"Paris"}"""), Call("issue_refund", """{"amount":80}"""), Call("send_email"));

        var result = Check(Validator.Trajectory(expected), calls);

        Assert.Equal(
            [
                "ExpectTrajectory(Strict, \"search_policy\", \"lookup_order\", \"issue_refund({\"amount\":20})\", NoToolAfter = \"issue_refund\"): " +
                    "the calls do not match the strict trajectory: 1 step not called, 2 calls not expected, 1 call with other arguments" +
                    "; no tool may follow \"issue_refund\" (call #3), but then came send_email (#4)",
                "     expected                        actual",
                "  =   1 search_policy                 1 search_policy({\"topic\":\"refund\"})",
                "  -   2 lookup_order                                                       expected, not called",
                "  +                                   2 get_weather({\"city\":\"Paris\"})      called, not expected",
                "  ~   3 issue_refund({\"amount\":20})   3 issue_refund({\"amount\":80})        $.amount: expected 20, got 80",
                "  +                                   4 send_email()                       called, not expected",
                "  = matches · ~ same tool, other arguments · - expected, not called · + called, not expected",
            ],
            $"{result.Validator}: {result.Message}".Split(Environment.NewLine));
    }

    internal static List<string> DiffLines(ValidationResult result) =>
        [.. result.Message.Split(Environment.NewLine).Skip(2).Where(l => !l.Contains(" · ", StringComparison.Ordinal)).Select(l => l.Trim())];
}
