using AgentGym.Validation;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Validation;

public sealed class ToolCallValidatorTests
{
    [Fact]
    public void Expected_tool_call_passes_when_the_tool_was_called() =>
        Assert.True(Check(new ToolCallValidator("search"), WithToolCalls(Call("lookup"), Call("search"))).Passed);

    [Fact]
    public void Expected_tool_call_fails_and_lists_the_calls_the_agent_made()
    {
        var result = Check(new ToolCallValidator("search"), WithToolCalls(Call("lookup", """{"id":7}""")));

        Assert.False(result.Passed);
        Assert.Contains("expected a call to tool \"search\"", result.Message, StringComparison.Ordinal);
        Assert.Contains("the agent called: lookup({\"id\":7})", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_tool_call_says_when_no_tool_was_called() =>
        Assert.Contains("the agent called no tool", Check(new ToolCallValidator("search"), WithToolCalls()).Message, StringComparison.Ordinal);

    [Fact]
    public void Expected_tool_call_arguments_are_a_json_subset_of_the_call_arguments()
    {
        var validator = new ToolCallValidator("search", """{"query":"refund"}""");

        Assert.True(Check(validator, WithToolCalls(Call("search", """{"query":"refund","limit":5}"""))).Passed);
        var result = Check(validator, WithToolCalls(Call("search", """{"query":"shipping"}""")));
        Assert.False(result.Passed);
        Assert.Contains("found 1 call to it with other arguments", result.Message, StringComparison.Ordinal);
        Assert.Contains("""$.query: expected "refund", got "shipping" """.Trim(), result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_tool_call_times_requires_the_exact_count()
    {
        var validator = new ToolCallValidator("search", times: 2);

        Assert.True(Check(validator, WithToolCalls(Call("search"), Call("search"))).Passed);
        var result = Check(validator, WithToolCalls(Call("search"), Call("search"), Call("search")));
        Assert.False(result.Passed);
        Assert.Contains("exactly 2 calls to tool \"search\"; found 3 calls", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_tool_call_with_negative_times_is_a_configuration_error() =>
        Assert.Throws<ValidatorConfigurationException>(() => new ToolCallValidator("search", times: -1));

    [Fact]
    public void Expected_tool_call_arguments_that_are_not_an_object_are_a_configuration_error()
    {
        var error = Assert.Throws<ValidatorConfigurationException>(() => new ToolCallValidator("search", "[1]"));

        Assert.Contains("must be a JSON object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_tool_call_name_reads_like_the_attribute() =>
        Assert.Equal("ExpectToolCall(\"search\", Arguments = \"{\"q\":1}\", Times = 2)", new ToolCallValidator("search", """{"q":1}""", 2).Name);

    [Fact]
    public void Forbidden_tool_call_passes_when_the_tool_was_not_called() =>
        Assert.True(Check(new ForbiddenToolCallValidator("delete_account"), WithToolCalls(Call("search"))).Passed);

    [Fact]
    public void Forbidden_tool_call_fails_with_how_often_and_how_the_tool_was_called()
    {
        var result = Check(new ForbiddenToolCallValidator("delete_account"), WithToolCalls(Call("delete_account", """{"id":1}"""), Call("search")));

        Assert.False(result.Passed);
        Assert.Contains("expected no call to tool \"delete_account\"; it was called 1 time: delete_account({\"id\":1})", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tool_call_order_passes_when_the_tools_appear_in_order_among_other_calls() =>
        Assert.True(Check(new ToolCallOrderValidator("search", "refund"), WithToolCalls(Call("login"), Call("search"), Call("lookup"), Call("refund"))).Passed);

    [Fact]
    public void Tool_call_order_fails_with_how_far_the_order_held_and_the_calls_made()
    {
        var result = Check(new ToolCallOrderValidator("search", "lookup", "refund"), WithToolCalls(Call("refund"), Call("search"), Call("lookup")));

        Assert.False(result.Passed);
        Assert.Contains("expected calls in the order search → lookup → refund", result.Message, StringComparison.Ordinal);
        Assert.Contains("found search → lookup, then no call to \"refund\" after them", result.Message, StringComparison.Ordinal);
        Assert.Contains("the agent called: refund, search, lookup", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tool_call_order_without_names_is_a_configuration_error() =>
        Assert.Throws<ValidatorConfigurationException>(() => new ToolCallOrderValidator());
}
