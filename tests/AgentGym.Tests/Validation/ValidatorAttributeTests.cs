using AgentGym.Attributes;
using AgentGym.Validation;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Validation;

public sealed class ValidatorAttributeTests
{
    private const string TestName = "Shop.Tests.RefundTests.Refunds";

    [Fact]
    public void Attribute_creates_a_validator_named_like_the_attribute()
    {
        var validator = Create(new MatchesRegexAttribute("refund(ed)?") { IgnoreCase = true });

        Assert.Equal("MatchesRegex(\"refund(ed)?\", IgnoreCase = true)", validator.Name);
        Assert.True(Check(validator, WithText("REFUNDED")).Passed);
    }

    [Fact]
    public void Invalid_regex_in_the_attribute_names_the_attribute_the_test_the_pattern_and_the_parser_message()
    {
        var error = ConfigurationError(new MatchesRegexAttribute("refund("));

        Assert.StartsWith($"[MatchesRegex] on test {TestName}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"refund(\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("Not enough )'s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regex_timeout_of_zero_in_the_attribute_is_a_configuration_error() =>
        Assert.Contains("match timeout of 0 ms", ConfigurationError(new MatchesRegexAttribute("a") { TimeoutMs = 0 }).Message, StringComparison.Ordinal);

    [Fact]
    public void Invalid_json_in_expect_output_names_the_attribute_the_test_and_the_parse_position()
    {
        var error = ConfigurationError(new ExpectOutputAttribute("""{"status": success}"""));

        Assert.StartsWith($"[ExpectOutput] on test {TestName}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 1, position 12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expect_text_without_a_condition_is_a_configuration_error() =>
        Assert.StartsWith("[ExpectText] on test", ConfigurationError(new ExpectTextAttribute { IgnoreCase = true }).Message, StringComparison.Ordinal);

    [Fact]
    public void Expect_text_equals_requires_the_whole_text()
    {
        var validator = Create(new ExpectTextAttribute { Equals = "Done." });

        Assert.True(Check(validator, WithText("Done.")).Passed);
        Assert.False(Check(validator, WithText("Done. Anything else?")).Passed);
    }

    [Fact]
    public void Schema_file_in_the_attribute_resolves_against_the_test_assembly_folder()
    {
        var validator = Create(new MatchesJsonSchemaAttribute("Validation/Schemas/order.schema.json"));

        Assert.True(Check(validator, WithOutput("""{"id":"A1","total":3}""")).Passed);
        Assert.Contains("#/total: integer expected", Check(validator, WithOutput("""{"id":"A1","total":"3"}""")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_schema_file_in_the_attribute_names_the_test_and_the_file_as_written_and_resolved()
    {
        var error = ConfigurationError(new MatchesJsonSchemaAttribute("schemas/missing.json"));

        Assert.StartsWith($"[MatchesJsonSchema] on test {TestName}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"schemas/missing.json\"", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "schemas", "missing.json"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_schema_in_the_attribute_is_used_as_written()
    {
        var validator = Create(new MatchesJsonSchemaAttribute("""{"type":"object","required":["id"]}"""));

        Assert.Contains("#/id: property required", Check(validator, WithOutput("{}")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_type_in_the_attribute_generates_the_schema()
    {
        var validator = Create(new MatchesJsonSchemaAttribute(typeof(Receipt)));

        Assert.True(Check(validator, WithOutput("""{"total":12}""")).Passed);
        Assert.False(Check(validator, WithOutput("""{"total":"twelve"}""")).Passed);
    }

    [Fact]
    public void Tool_call_attributes_create_their_validators()
    {
        var context = WithToolCalls(Call("search", """{"query":"refund"}"""), Call("refund"));

        Assert.True(Check(Create(new ExpectToolCallAttribute("search") { Arguments = """{"query":"refund"}""", Times = 1 }), context).Passed);
        Assert.False(Check(Create(new ForbidToolCallAttribute("refund")), context).Passed);
        Assert.True(Check(Create(new ExpectToolCallOrderAttribute("search", "refund")), context).Passed);
    }

    [Fact]
    public void Budget_attribute_limits_the_attempt_in_milliseconds_and_counts()
    {
        var validator = Create(new BudgetAttribute { MaxTokens = 100, MaxDurationMs = 1000 });

        Assert.True(Check(validator, WithMetrics(tokens: 100, durationMs: 1000)).Passed);
        Assert.False(Check(validator, WithMetrics(tokens: 101, durationMs: 10)).Passed);
        var distribution = Assert.IsAssignableFrom<IDistributionValidator>(validator).ValidateDistribution([RunMetrics(durationMs: 900), RunMetrics(durationMs: 1200)]);
        Assert.Contains("p95 duration 1185 ms exceeds the limit of 1000 ms", distribution.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_budget_in_the_attribute_is_a_configuration_error_naming_the_limit() =>
        Assert.Contains("MaxLlmCalls is -1", ConfigurationError(new BudgetAttribute { MaxLlmCalls = -1 }).Message, StringComparison.Ordinal);

    [Fact]
    public void Validate_with_creates_the_custom_validator_with_the_arguments()
    {
        var validator = Create(new ValidateWithAttribute(typeof(MaxLengthValidator), 5));

        Assert.Equal("MaxLength(5)", validator.Name);
        Assert.False(Check(validator, WithText("too long")).Passed);
    }

    [Fact]
    public void Validate_with_a_type_that_is_not_a_validator_is_a_configuration_error()
    {
        var error = ConfigurationError(new ValidateWithAttribute(typeof(Receipt)));

        Assert.Contains("is not a validator: it must implement AgentGym.Validation.IValidator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_with_arguments_no_constructor_takes_is_a_configuration_error_listing_the_constructors()
    {
        var error = ConfigurationError(new ValidateWithAttribute(typeof(MaxLengthValidator), "five"));

        Assert.Contains("has no public constructor that takes (String)", error.Message, StringComparison.Ordinal);
        Assert.Contains("(Int32 maxLength)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_with_a_constructor_that_throws_is_a_configuration_error_with_its_message() =>
        Assert.Contains("threw ArgumentOutOfRangeException", ConfigurationError(new ValidateWithAttribute(typeof(MaxLengthValidator), -1)).Message, StringComparison.Ordinal);

    private static IValidator Create(ValidatorAttribute attribute) => attribute.CreateValidator(new ValidatorCreationContext(TestName, AppContext.BaseDirectory));

    private static ValidatorConfigurationException ConfigurationError(ValidatorAttribute attribute) =>
        Assert.Throws<ValidatorConfigurationException>(() => Create(attribute));

    public sealed record Receipt(int Total);

    public sealed class MaxLengthValidator : IValidator
    {
        private readonly int _maxLength;

        public MaxLengthValidator(int maxLength)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
            _maxLength = maxLength;
        }

        public string Name => $"MaxLength({_maxLength})";

        public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(context.Response.Text.Length <= _maxLength ? ValidationResult.Pass(Name) : ValidationResult.Fail(Name, "too long"));
    }
}
