using System.Text.Json;
using AgentGym.Agents;
using AgentGym.Validation;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Validation;

public sealed class AgentAssertTests
{
    private static readonly AgentResponse Refund = new("Your refund for order 7 is on its way.")
    {
        Output = JsonSerializer.SerializeToElement(new { status = "refunded", order = 7 }),
        ToolCalls = [Call("lookup_order", """{"id":7}"""), Call("issue_refund", """{"id":7,"amount":20}""")],
    };

    [Fact]
    public void Passing_checks_do_not_throw()
    {
        AgentAssert.OutputMatches(Refund, """{"status":"refunded"}""");
        AgentAssert.TextContains(Refund, "REFUND", ignoreCase: true);
        AgentAssert.TextDoesNotContain(Refund, "sorry");
        AgentAssert.MatchesRegex(Refund, @"order \d+");
        AgentAssert.MatchesJsonSchema(Refund, """{"type":"object","required":["status"]}""");
        AgentAssert.CalledTool(Refund, "issue_refund", """{"id":7}""", times: 1);
        AgentAssert.DidNotCallTool(Refund, "delete_account");
        AgentAssert.CalledToolsInOrder(Refund, "lookup_order", "issue_refund");
        AgentAssert.WithinBudget(RunMetrics(tokens: 500), maxTokens: 500);
    }

    [Fact]
    public void Failing_output_check_throws_with_the_validator_name_and_message()
    {
        var error = Assert.Throws<AgentAssertException>(() => AgentAssert.OutputMatches(Refund, """{"status":"pending"}"""));

        Assert.StartsWith("ExpectOutput(", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.status: expected \"pending\", got \"refunded\"", error.Message, StringComparison.Ordinal);
        Assert.False(error.Result!.Passed);
    }

    [Fact]
    public void Failing_text_check_quotes_the_text() =>
        Assert.Contains("got \"Your refund for order 7 is on its way.\"", Assert.Throws<AgentAssertException>(() => AgentAssert.TextContains(Refund, "cancelled")).Message, StringComparison.Ordinal);

    [Fact]
    public void Failing_equality_check_shows_both_texts()
    {
        var error = Assert.Throws<AgentAssertException>(() => AgentAssert.TextEquals(new AgentResponse("yes"), "no"));

        Assert.Equal("ExpectText(Equals = \"no\"): expected the text to equal \"no\"; got \"yes\"", error.Message);
    }

    [Fact]
    public void Failing_regex_check_names_the_pattern() =>
        Assert.Contains("\"^Dear\"", Assert.Throws<AgentAssertException>(() => AgentAssert.MatchesRegex(Refund, "^Dear")).Message, StringComparison.Ordinal);

    [Fact]
    public void Invalid_regex_in_an_assertion_is_a_configuration_error() =>
        Assert.Throws<ValidatorConfigurationException>(() => AgentAssert.MatchesRegex(Refund, "(unclosed"));

    [Fact]
    public void Failing_schema_check_lists_the_schema_errors() =>
        Assert.Contains("#/order: string expected", Assert.Throws<AgentAssertException>(() => AgentAssert.MatchesJsonSchema(Refund, """{"properties":{"order":{"type":"string"}}}""")).Message, StringComparison.Ordinal);

    [Fact]
    public void Schema_check_reads_a_schema_file_from_the_test_output_folder() =>
        Assert.Contains("#/id: property required", Assert.Throws<AgentAssertException>(() => AgentAssert.MatchesJsonSchema(Refund, "Validation/Schemas/order.schema.json")).Message, StringComparison.Ordinal);

    [Fact]
    public void Schema_check_from_a_type_fails_on_a_different_shape() =>
        Assert.Contains("#/order: string expected", Assert.Throws<AgentAssertException>(() => AgentAssert.MatchesJsonSchema<RefundWithOrderCode>(Refund)).Message, StringComparison.Ordinal);

    [Fact]
    public void Failing_tool_call_check_lists_the_calls_made() =>
        Assert.Contains("lookup_order({\"id\":7}), issue_refund(", Assert.Throws<AgentAssertException>(() => AgentAssert.CalledTool(Refund, "send_email")).Message, StringComparison.Ordinal);

    [Fact]
    public void Forbidden_tool_check_throws_when_the_tool_was_called() =>
        Assert.Contains("expected no call to tool \"issue_refund\"", Assert.Throws<AgentAssertException>(() => AgentAssert.DidNotCallTool(Refund, "issue_refund")).Message, StringComparison.Ordinal);

    [Fact]
    public void Tool_order_check_throws_when_the_order_is_reversed() =>
        Assert.Throws<AgentAssertException>(() => AgentAssert.CalledToolsInOrder(Refund, "issue_refund", "lookup_order"));

    [Fact]
    public void Budget_check_throws_with_the_figure_and_the_limit() =>
        Assert.Contains("LLM calls 4 exceeds the limit of 3", Assert.Throws<AgentAssertException>(() => AgentAssert.WithinBudget(RunMetrics(llmCalls: 4), maxLlmCalls: 3)).Message, StringComparison.Ordinal);

    [Fact]
    public void Budget_check_over_runs_applies_the_median_limit_to_the_p50() =>
        Assert.Contains(
            "median (p50) duration 200 ms exceeds the limit of 150 ms",
            Assert.Throws<AgentAssertException>(() => AgentAssert.WithinBudget([RunMetrics(durationMs: 100), RunMetrics(durationMs: 200), RunMetrics(durationMs: 900)], maxMedianDuration: TimeSpan.FromMilliseconds(150))).Message,
            StringComparison.Ordinal);

    [Fact]
    public async Task Custom_validator_check_throws_with_its_message()
    {
        var validator = Validator.From("mentions order", ctx => ctx.Response.Text.Contains("order #", StringComparison.Ordinal), "no order number");

        var error = await Assert.ThrowsAsync<AgentAssertException>(() => AgentAssert.SatisfiesAsync(Refund, validator));

        Assert.Equal("mentions order: no order number", error.Message);
    }

    public sealed record RefundWithOrderCode(string Status, string Order);
}
