using AgentGym.Validation;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Validation;

public sealed class TextValidatorTests
{
    [Fact]
    public void Text_validator_passes_when_the_text_contains_the_string() =>
        Assert.True(Check(new TextValidator(contains: "refund"), WithText("Your refund is on its way.")).Passed);

    [Fact]
    public void Text_validator_fails_with_the_expected_string_and_the_text_in_the_message()
    {
        var result = Check(new TextValidator(contains: "refund"), WithText("Your order shipped."));

        Assert.False(result.Passed);
        Assert.Contains("to contain \"refund\"", result.Message, StringComparison.Ordinal);
        Assert.Contains("got \"Your order shipped.\"", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_validator_ignores_case_when_asked()
    {
        Assert.False(Check(new TextValidator(contains: "REFUND"), WithText("refund issued")).Passed);
        Assert.True(Check(new TextValidator(contains: "REFUND", ignoreCase: true), WithText("refund issued")).Passed);
    }

    [Fact]
    public void Text_validator_fails_when_a_forbidden_string_appears_and_says_where()
    {
        var result = Check(new TextValidator(notContains: "password"), WithText("The password is hunter2"));

        Assert.False(result.Passed);
        Assert.Contains("not to contain \"password\" (found at index 4)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_validator_checks_the_start_of_the_text()
    {
        Assert.True(Check(new TextValidator(startsWith: "Dear"), WithText("Dear customer")).Passed);
        Assert.False(Check(new TextValidator(startsWith: "Dear"), WithText("Hi customer")).Passed);
    }

    [Fact]
    public void Text_validator_equals_requires_the_whole_text()
    {
        Assert.True(Check(new TextValidator(equals: "42"), WithText("42")).Passed);
        var result = Check(new TextValidator(equals: "42"), WithText("42 apples"));
        Assert.False(result.Passed);
        Assert.Contains("to equal \"42\"", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_validator_reports_every_unmet_condition()
    {
        var result = Check(new TextValidator(contains: "refund", startsWith: "Dear"), WithText("Hello"));

        Assert.Contains("to contain \"refund\" and to start with \"Dear\"", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_validator_without_a_condition_is_a_configuration_error()
    {
        var error = Assert.Throws<ValidatorConfigurationException>(() => new TextValidator());

        Assert.Contains("Contains, NotContains, StartsWith or Equals", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_validator_name_lists_the_conditions_that_are_set() =>
        Assert.Equal("ExpectText(Contains = \"refund\", IgnoreCase = true)", new TextValidator(contains: "refund", ignoreCase: true).Name);
}
