using AgentGym.Agents;
using AgentGym.Validation;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Validation.Trajectories;

public sealed class TrajectoryArgumentTests
{
    private static readonly ValidationContext Lookup = WithToolCalls(Call("lookup", """{"order_id":"A-42","verbose":true}"""));

    [Fact]
    public void Subset_arguments_pass_when_the_expected_ones_hold() =>
        Assert.True(Check(Validator.Trajectory(ExpectedTrajectory.Strict("""lookup {"order_id":"A-42"}""")), Lookup).Passed);

    [Fact]
    public void Subset_arguments_fail_with_the_difference_on_the_line_of_the_call()
    {
        var result = Check(Validator.Trajectory(ExpectedTrajectory.Strict("""lookup({"order_id":"A-41"})""")), Lookup);

        Assert.False(result.Passed);
        Assert.Contains("1 call with other arguments", result.Message, StringComparison.Ordinal);
        var line = Assert.Single(TrajectoryMatchTests.DiffLines(result));
        Assert.StartsWith("~", line, StringComparison.Ordinal);
        Assert.Contains("$.order_id: expected \"A-41\", got \"A-42\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_arguments_pass_only_without_other_arguments()
    {
        var exact = ExpectedTrajectory.Strict().Then("lookup", """{"order_id":"A-42","verbose":true}""", ArgumentMatch.Exact);
        var missingOne = ExpectedTrajectory.Strict().Then("lookup", """{"order_id":"A-42"}""", ArgumentMatch.Exact);

        Assert.True(Check(Validator.Trajectory(exact), Lookup).Passed);
        var result = Check(Validator.Trajectory(missingOne), Lookup);
        Assert.False(result.Passed);
        Assert.Contains("$.verbose: not expected, got true", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regex_arguments_match_each_expected_string_as_a_pattern()
    {
        var pattern = ExpectedTrajectory.Strict("lookup").WithArguments("lookup", """{"order_id":"^A-\\d+$"}""", ArgumentMatch.Regex);
        var wrong = WithToolCalls(Call("lookup", """{"order_id":"B-7"}"""));

        Assert.True(Check(Validator.Trajectory(pattern), Lookup).Passed);
        var result = Check(Validator.Trajectory(pattern), wrong);
        Assert.False(result.Passed);
        Assert.Contains("$.order_id: \"B-7\" does not match /^A-\\d+$/", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_pattern_is_a_configuration_error_that_names_the_tool_and_argument()
    {
        var error = Assert.Throws<ValidatorConfigurationException>(() =>
            ExpectedTrajectory.Strict().Then("lookup", """{"order_id":"A-("}""", ArgumentMatch.Regex));

        Assert.Contains("$.order_id of tool \"lookup\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_matcher_decides_per_tool_and_its_description_shows_in_the_diff()
    {
        var expected = ExpectedTrajectory.Strict("refund").WithArguments(
            "refund", call => call.Arguments?["amount"] is System.Text.Json.JsonElement { } amount && amount.GetDecimal() <= 50m, "amount at most 50");

        Assert.True(Check(Validator.Trajectory(expected), WithToolCalls(Call("refund", """{"amount":20}"""))).Passed);
        var result = Check(Validator.Trajectory(expected), WithToolCalls(Call("refund", """{"amount":80}""")));
        Assert.False(result.Passed);
        Assert.Contains("does not satisfy: amount at most 50", result.Message, StringComparison.Ordinal);
        Assert.Contains("refund(amount at most 50)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_with_its_own_arguments_ignores_the_tools_arguments()
    {
        var expected = ExpectedTrajectory.Strict("""search {"query":"refund"}""", "search").WithArguments("search", """{"query":"status"}""");
        var calls = WithToolCalls(Call("search", """{"query":"refund"}"""), Call("search", """{"query":"status"}"""));

        Assert.True(Check(Validator.Trajectory(expected), calls).Passed);
    }

    [Fact]
    public void Unordered_matching_finds_the_pairing_that_fits_every_call()
    {
        // A greedy pairing would give the first call to the broad step and leave the narrow one without a match.
        var expected = ExpectedTrajectory.Unordered("search", """search {"query":"refund"}""");
        var calls = WithToolCalls(Call("search", """{"query":"refund"}"""), Call("search", """{"query":"other"}"""));

        Assert.True(Check(Validator.Trajectory(expected), calls).Passed);
    }

    [Fact]
    public void Arguments_that_are_not_a_json_object_are_a_configuration_error() =>
        Assert.Contains("must be a JSON object", Assert.Throws<ValidatorConfigurationException>(() => TrajectoryStep.Parse("search [1]")).Message, StringComparison.Ordinal);

    [Fact]
    public void A_call_whose_arguments_cannot_be_written_as_json_is_not_a_match()
    {
        var calls = WithToolCalls(new ToolCall("search", new Dictionary<string, object?> { ["query"] = new Action(() => { }) }));

        Assert.False(Check(Validator.Trajectory(ExpectedTrajectory.Strict("""search {"query":"a"}""")), calls).Passed);
    }
}
