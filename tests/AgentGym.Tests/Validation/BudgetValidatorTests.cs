using AgentGym.Metrics;
using AgentGym.Validation;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Validation;

public sealed class BudgetValidatorTests
{
    [Fact]
    public void Budget_passes_an_attempt_within_every_limit() =>
        Assert.True(Check(new BudgetValidator(maxTokens: 1000, maxLlmCalls: 3, maxDuration: TimeSpan.FromSeconds(5)), WithMetrics(tokens: 900, llmCalls: 3, durationMs: 4000)).Passed);

    [Fact]
    public void Budget_fails_an_attempt_with_each_figure_over_its_limit()
    {
        var budget = new BudgetValidator(maxTokens: 1000, maxLlmCalls: 3, maxToolCalls: 5);

        var result = Check(budget, WithMetrics(tokens: 1500, llmCalls: 4, toolCalls: 5));

        Assert.False(result.Passed);
        Assert.Contains("tokens 1500 exceeds the limit of 1000", result.Message, StringComparison.Ordinal);
        Assert.Contains("LLM calls 4 exceeds the limit of 3", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tool calls", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_fails_an_attempt_that_took_too_long()
    {
        var result = Check(new BudgetValidator(maxDuration: TimeSpan.FromMilliseconds(2000)), WithMetrics(durationMs: 2500));

        Assert.False(result.Passed);
        Assert.Contains("duration 2500 ms exceeds the limit of 2000 ms", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_checks_one_attempt_against_the_median_limit_as_its_own_median()
    {
        var result = Check(new BudgetValidator(maxMedianDuration: TimeSpan.FromMilliseconds(300)), WithMetrics(durationMs: 400));

        Assert.False(result.Passed);
        Assert.Contains("median duration (one attempt) 400 ms exceeds the limit of 300 ms", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_on_a_distribution_applies_the_duration_limit_to_the_p95()
    {
        // Nine quick runs and one slow one: p95 = 100 + 0.55 * 9900 = 5545 ms.
        var runs = Durations(100, 100, 100, 100, 100, 100, 100, 100, 100, 10_000);

        var result = new BudgetValidator(maxDuration: TimeSpan.FromMilliseconds(5000)).ValidateDistribution(runs);

        Assert.False(result.Passed);
        Assert.Contains("over 10 runs", result.Message, StringComparison.Ordinal);
        Assert.Contains("p95 duration 5545 ms exceeds the limit of 5000 ms", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_on_a_distribution_applies_the_median_limit_to_the_p50()
    {
        var runs = Durations(100, 200, 300, 400, 10_000);

        var budget = new BudgetValidator(maxMedianDuration: TimeSpan.FromMilliseconds(250));

        var result = budget.ValidateDistribution(runs);
        Assert.False(result.Passed);
        Assert.Contains("median (p50) duration 300 ms exceeds the limit of 250 ms", result.Message, StringComparison.Ordinal);
        Assert.True(new BudgetValidator(maxMedianDuration: TimeSpan.FromMilliseconds(300)).ValidateDistribution(runs).Passed);
    }

    [Fact]
    public void Budget_on_a_distribution_applies_token_and_call_limits_to_the_means()
    {
        AgentMetrics[] runs = [RunMetrics(tokens: 100, toolCalls: 1), RunMetrics(tokens: 300, toolCalls: 4)];

        Assert.True(new BudgetValidator(maxTokens: 200).ValidateDistribution(runs).Passed);
        var result = new BudgetValidator(maxTokens: 150, maxToolCalls: 2).ValidateDistribution(runs);
        Assert.False(result.Passed);
        Assert.Contains("mean tokens 200 exceeds the limit of 150", result.Message, StringComparison.Ordinal);
        Assert.Contains("mean tool calls 2.5 exceeds the limit of 2", result.Message, StringComparison.Ordinal);
        Assert.Contains("over 2 runs", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_is_a_distribution_validator() =>
        Assert.IsAssignableFrom<IDistributionValidator>(new BudgetValidator(maxTokens: 1));

    [Fact]
    public void Budget_with_a_negative_limit_is_a_configuration_error_naming_it()
    {
        var error = Assert.Throws<ValidatorConfigurationException>(() => new BudgetValidator(maxTokens: -5));

        Assert.Contains("MaxTokens is -5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_without_a_limit_is_a_configuration_error() =>
        Assert.Throws<ValidatorConfigurationException>(() => new BudgetValidator());

    [Fact]
    public void Budget_name_lists_the_limits_that_are_set() =>
        Assert.Equal("Budget(MaxTokens = 2000, MaxDurationMs = 5000)", new BudgetValidator(maxTokens: 2000, maxDuration: TimeSpan.FromSeconds(5)).Name);

    private static AgentMetrics[] Durations(params double[] milliseconds) => [.. milliseconds.Select(ms => RunMetrics(durationMs: ms))];
}
