using AgentGym.Attributes;
using AgentGym.Validation;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Validation.Trajectories;

public sealed class TrajectoryLimitTests
{
    [Fact]
    public void Max_calls_passes_up_to_the_limit() =>
        Assert.True(Check(Validator.Trajectory(ExpectedTrajectory.Any().WithMaxCalls("search", 2)), WithToolCalls(Call("search"), Call("lookup"), Call("search"))).Passed);

    [Fact]
    public void Max_calls_fails_a_looping_tool_and_lists_its_calls()
    {
        var result = Check(Validator.Trajectory(ExpectedTrajectory.Any().WithMaxCalls("search", 2)), WithToolCalls(Call("search"), Call("lookup"), Call("search"), Call("search")));

        Assert.False(result.Passed);
        Assert.StartsWith("tool \"search\" was called 3 times (calls #1, #3, #4), at most 2 allowed", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_calls_below_one_is_a_configuration_error() =>
        Assert.Throws<ValidatorConfigurationException>(() => ExpectedTrajectory.Any().WithMaxCalls("search", 0));

    [Fact]
    public void No_tool_after_passes_when_the_tool_is_last_or_not_called()
    {
        var validator = Validator.Trajectory(ExpectedTrajectory.Any().WithNoToolAfter("refund"));

        Assert.True(Check(validator, WithToolCalls(Call("search"), Call("refund"), Call("refund"))).Passed);
        Assert.True(Check(validator, WithToolCalls(Call("search"))).Passed);
    }

    [Fact]
    public void No_tool_after_fails_a_call_that_follows_the_tool()
    {
        var result = Check(Validator.Trajectory(ExpectedTrajectory.Any().WithNoToolAfter("refund")), WithToolCalls(Call("refund"), Call("notify")));

        Assert.False(result.Passed);
        Assert.StartsWith("no tool may follow \"refund\" (call #1), but then came notify (#2)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Limit_attributes_make_validators_named_like_themselves()
    {
        var context = new ValidatorCreationContext("Shop.Tests.Refunds", AppContext.BaseDirectory);
        var maxCalls = new MaxToolCallsAttribute("search", 2).CreateValidator(context);
        var noToolAfter = new NoToolAfterAttribute("refund").CreateValidator(context);

        Assert.Equal("MaxToolCalls(\"search\", 2)", maxCalls.Name);
        Assert.Equal("NoToolAfter(\"refund\")", noToolAfter.Name);
        Assert.False(Check(noToolAfter, WithToolCalls(Call("refund"), Call("search"))).Passed);
        Assert.StartsWith("[MaxToolCalls] on test Shop.Tests.Refunds", Assert.Throws<ValidatorConfigurationException>(() => new MaxToolCallsAttribute("search", 0).CreateValidator(context)).Message, StringComparison.Ordinal);
    }
}
