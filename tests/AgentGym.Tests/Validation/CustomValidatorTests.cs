using AgentGym.Validation;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Validation;

public sealed class CustomValidatorTests
{
    [Fact]
    public void Condition_validator_passes_when_the_condition_holds() =>
        Assert.True(Check(Validator.From("short", ctx => ctx.Response.Text.Length < 10), WithText("ok")).Passed);

    [Fact]
    public void Condition_validator_fails_with_its_name_and_the_answer()
    {
        var validator = Validator.From("short", ctx => ctx.Response.Text.Length < 10);

        var result = Check(validator, WithText("a rather long answer"));

        Assert.Equal("short", result.Validator);
        Assert.False(result.Passed);
        Assert.Contains("\"a rather long answer\"", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Condition_validator_uses_the_given_failure_message() =>
        Assert.Equal("too long", Check(Validator.From("short", _ => false, "too long"), WithText("x")).Message);

    [Fact]
    public void Verdict_validator_reports_its_own_name_on_the_verdict()
    {
        var validator = Validator.From("polite", ctx => ValidationResult.Fail("anything", "no greeting"));

        var result = Check(validator, WithText("x"));

        Assert.Equal(new ValidationResult("polite", false, "no greeting"), result);
    }

    [Fact]
    public async Task Async_validator_gets_the_cancellation_token()
    {
        using var cancellation = new CancellationTokenSource();
        var validator = Validator.From("async", (ctx, token) => ValueTask.FromResult(ValidationResult.Pass("async", token == cancellation.Token ? "token passed" : "other token")));

        var result = await validator.ValidateAsync(WithText("x"), cancellation.Token);

        Assert.Equal("token passed", result.Message);
    }

    [Fact]
    public void Delegate_validator_needs_a_name() =>
        Assert.Throws<ArgumentException>(() => new DelegateValidator(" ", (_, _) => ValueTask.FromResult(ValidationResult.Pass("x"))));
}
