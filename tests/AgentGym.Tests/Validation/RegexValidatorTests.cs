using AgentGym.Validation;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Validation;

public sealed class RegexValidatorTests
{
    [Fact]
    public void Regex_validator_passes_and_says_what_matched()
    {
        var result = Check(new RegexValidator("refund(ed)?"), WithText("It was refunded today"));

        Assert.True(result.Passed);
        Assert.Contains("matched \"refunded\" at index 7", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regex_validator_fails_with_pattern_and_text_in_message()
    {
        var result = Check(new RegexValidator(@"order #\d+"), WithText("No order found"));

        Assert.False(result.Passed);
        Assert.Contains("\"order #\\d+\"", result.Message, StringComparison.Ordinal);
        Assert.Contains("got \"No order found\"", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regex_validator_ignores_case_when_asked()
    {
        Assert.False(Check(new RegexValidator("^refund"), WithText("Refund issued")).Passed);
        Assert.True(Check(new RegexValidator("^refund", ignoreCase: true), WithText("Refund issued")).Passed);
    }

    [Fact]
    public void A_match_timeout_longer_than_what_is_left_of_the_attempt_is_cut_to_it()
    {
        // The pattern may take 20 s, but the attempt has no time left: the match gets the least budget there is, and the
        // verdict says why, instead of holding the attempt for 20 s of catastrophic backtracking.
        var validator = new RegexValidator("^(a+)+$", timeout: TimeSpan.FromSeconds(20));
        var context = new ValidationContext(new AgentGym.Agents.AgentResponse(new string('a', 40) + "!"), AgentGym.Metrics.AgentMetrics.Empty) { Deadline = DateTimeOffset.UtcNow };

        var result = Check(validator, context);

        Assert.True(result.IsError, result.Message);
        Assert.Contains("left of the attempt's timeout", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regex_validator_fails_instead_of_hanging_when_the_match_times_out()
    {
        // Catastrophic backtracking: far beyond a millisecond on this input, so the match timeout decides.
        var validator = new RegexValidator("^(a+)+$", timeout: TimeSpan.FromMilliseconds(1));

        var result = Check(validator, WithText(new string('a', 40) + "!"));

        Assert.False(result.Passed);
        Assert.Contains("did not finish matching within 1 ms", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regex_validator_has_a_one_second_match_timeout_by_default() =>
        Assert.Equal(TimeSpan.FromSeconds(1), new RegexValidator("a").Timeout);

    [Fact]
    public void Invalid_regex_is_a_configuration_error_quoting_the_pattern_and_the_parser_message()
    {
        var error = Assert.Throws<ValidatorConfigurationException>(() => new RegexValidator("refund("));

        Assert.Contains("\"refund(\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("Not enough )'s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regex_timeout_that_is_not_positive_is_a_configuration_error() =>
        Assert.Throws<ValidatorConfigurationException>(() => new RegexValidator("a", timeout: TimeSpan.Zero));

    [Fact]
    public void Regex_validator_name_reads_like_the_attribute()
    {
        Assert.Equal("MatchesRegex(\"refund(ed)?\")", new RegexValidator("refund(ed)?").Name);
        Assert.Equal("MatchesRegex(\"refund\", IgnoreCase = true, TimeoutMs = 250)", new RegexValidator("refund", true, TimeSpan.FromMilliseconds(250)).Name);
    }
}
