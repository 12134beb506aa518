using AgentGym.Agents;
using AgentGym.Metrics;
using AgentGym.Validation;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Validation;

public sealed class ExpectedOutputValidatorTests
{
    [Fact]
    public async Task An_expected_value_with_an_escaped_lone_surrogate_is_a_validator_that_judges()
    {
        // Found by the property tests: the reader accepts it, but it cannot be written back as JSON.
        var validator = new ExpectedOutputValidator("\"\\ud800\"");

        Assert.False((await validator.ValidateAsync(WithText("7!Xr"))).Passed);
    }

    [Fact]
    public void Expected_output_holds_when_the_output_has_the_member_among_others()
    {
        var result = Check(new ExpectedOutputValidator("""{"status":"success"}"""), WithOutput("""{"status":"success","id":42}"""));

        Assert.True(result.Passed, result.Message);
    }

    [Fact]
    public void Expected_output_fails_with_the_path_the_expected_and_the_actual_value()
    {
        var result = Check(new ExpectedOutputValidator("""{"status":"success"}"""), WithOutput("""{"status":"failed"}"""));

        Assert.False(result.Passed);
        Assert.Contains("""$.status: expected "success", got "failed" """.Trim(), result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_output_reports_a_missing_member()
    {
        var result = Check(new ExpectedOutputValidator("""{"order":{"id":7}}"""), WithOutput("""{"order":{}}"""));

        Assert.False(result.Passed);
        Assert.Contains("$.order.id: missing, expected 7", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_output_compares_nested_objects_as_subsets()
    {
        var result = Check(new ExpectedOutputValidator("""{"order":{"total":10}}"""), WithOutput("""{"order":{"total":10,"currency":"EUR"},"ok":true}"""));

        Assert.True(result.Passed, result.Message);
    }

    [Fact]
    public void Expected_output_compares_numbers_by_value()
    {
        var result = Check(new ExpectedOutputValidator("""{"total":1.50}"""), WithOutput("""{"total":1.5}"""));

        Assert.True(result.Passed, result.Message);
    }

    [Fact]
    public void Expected_output_requires_arrays_of_the_same_length()
    {
        var result = Check(new ExpectedOutputValidator("""{"items":[1,2]}"""), WithOutput("""{"items":[1,2,3]}"""));

        Assert.False(result.Passed);
        Assert.Contains("$.items: expected an array of 2 items, got 3", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_output_compares_array_items_as_subsets_in_order()
    {
        var validator = new ExpectedOutputValidator("""[{"sku":"a"},{"sku":"b"}]""");

        Assert.True(Check(validator, WithOutput("""[{"sku":"a","qty":1},{"sku":"b","qty":2}]""")).Passed);
        var swapped = Check(validator, WithOutput("""[{"sku":"b"},{"sku":"a"}]"""));
        Assert.False(swapped.Passed);
        Assert.Contains("$[0].sku", swapped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_output_reads_a_text_answer_that_is_json()
    {
        var result = Check(new ExpectedOutputValidator("""{"status":"success"}"""), WithText("""  {"status":"success"}"""));

        Assert.True(result.Passed, result.Message);
    }

    [Fact]
    public void Expected_output_fails_on_a_text_answer_that_is_not_json_and_quotes_it()
    {
        var result = Check(new ExpectedOutputValidator("""{"status":"success"}"""), WithText("All done!"));

        Assert.False(result.Passed);
        Assert.Contains("not JSON", result.Message, StringComparison.Ordinal);
        Assert.Contains("\"All done!\"", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_output_quotes_at_most_200_characters_of_a_long_answer()
    {
        var text = new string('x', 5000);

        var result = Check(new ExpectedOutputValidator("""{"a":1}"""), new ValidationContext(new AgentResponse(text), AgentMetrics.Empty));

        Assert.Contains(new string('x', 200) + "…\" (5000 chars)", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 201), result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_output_name_reads_like_the_attribute() =>
        Assert.Equal("""ExpectOutput("{"status":"success"}")""", new ExpectedOutputValidator("""{"status":"success"}""").Name);

    [Fact]
    public void Expected_output_that_is_not_json_is_a_configuration_error_with_the_position()
    {
        var error = Assert.Throws<ValidatorConfigurationException>(() => new ExpectedOutputValidator("""{"status": }"""));

        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 1, position 12", error.Message, StringComparison.Ordinal);
    }
}
