using AgentGym.Validation;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Validation;

public sealed class JsonSchemaValidatorTests
{
    private const string OrderSchema = """{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"total":{"type":"integer"}}}""";

    [Fact]
    public void Inline_schema_passes_output_that_matches_it() =>
        Assert.True(Check(JsonSchemaValidator.FromJson(OrderSchema), WithOutput("""{"id":"A1","total":3}""")).Passed);

    [Fact]
    public void Schema_failure_lists_each_error_with_its_path()
    {
        var result = Check(JsonSchemaValidator.FromJson(OrderSchema), WithOutput("""{"total":"three"}"""));

        Assert.False(result.Passed);
        Assert.Contains("#/total: integer expected", result.Message, StringComparison.Ordinal);
        Assert.Contains("#/id: property required", result.Message, StringComparison.Ordinal);
        Assert.Contains("2 error(s)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_failure_shows_the_errors_inside_array_items()
    {
        var result = Check(JsonSchemaValidator.FromFile("Validation/Schemas/order.schema.json"), WithOutput("""{"id":"A1","total":1,"items":[{"sku":5}]}"""));

        Assert.Contains("#/items[0]: array item not valid (#/items[0].sku: string expected)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_validator_checks_a_text_answer_that_is_json() =>
        Assert.True(Check(JsonSchemaValidator.FromJson(OrderSchema), WithText("""{"id":"A1"}""")).Passed);

    [Fact]
    public void Schema_validator_fails_on_a_text_answer_that_is_not_json_and_quotes_it()
    {
        var result = Check(JsonSchemaValidator.FromJson(OrderSchema), WithText("Order A1 placed"));

        Assert.False(result.Passed);
        Assert.Contains("\"Order A1 placed\"", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_from_a_file_copied_to_the_test_output_is_read_relative_to_the_output_folder()
    {
        var validator = JsonSchemaValidator.FromJsonOrFile("Validation/Schemas/order.schema.json");

        Assert.Equal("MatchesJsonSchema(\"Validation/Schemas/order.schema.json\")", validator.Name);
        Assert.True(Check(validator, WithOutput("""{"id":"A1","total":3}""")).Passed);
        Assert.False(Check(validator, WithOutput("""{"id":"A1","total":3.5}""")).Passed);
    }

    [Fact]
    public void Missing_schema_file_is_a_configuration_error_naming_the_file_as_written_and_as_resolved()
    {
        var baseDirectory = Path.Combine(Path.GetTempPath(), "agentgym-tests-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<ValidatorConfigurationException>(() => JsonSchemaValidator.FromFile("schemas/missing.json", baseDirectory));

        Assert.Contains("\"schemas/missing.json\"", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.GetFullPath("schemas/missing.json", baseDirectory), error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_file_that_is_not_json_is_a_configuration_error_with_the_position()
    {
        var error = Assert.Throws<ValidatorConfigurationException>(() => JsonSchemaValidator.FromFile("Validation/Schemas/broken.schema.json"));

        Assert.Contains("broken.schema.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("at line 4, position 21", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_schema_that_is_not_an_object_is_a_configuration_error()
    {
        var error = Assert.Throws<ValidatorConfigurationException>(() => JsonSchemaValidator.FromJson("[1, 2]"));

        Assert.Contains("a schema is a JSON object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_with_an_unresolvable_reference_is_a_configuration_error()
    {
        var error = Assert.Throws<ValidatorConfigurationException>(() => JsonSchemaValidator.FromJson("""{"$ref":"#/definitions/nowhere"}"""));

        Assert.Contains("not a valid JSON schema", error.Message, StringComparison.Ordinal);
        Assert.Contains("#/definitions/nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_from_a_type_uses_camel_case_names_and_the_property_types()
    {
        var validator = JsonSchemaValidator.FromType<Invoice>();

        Assert.Equal("MatchesJsonSchema(typeof(Invoice))", validator.Name);
        Assert.True(Check(validator, WithOutput("""{"number":"INV-1","lines":2}""")).Passed);
        var result = Check(validator, WithOutput("""{"number":"INV-1","lines":"two"}"""));
        Assert.False(result.Passed);
        Assert.Contains("#/lines: integer expected", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_text_is_told_from_a_path_by_its_opening_brace()
    {
        Assert.True(JsonSchemaValidator.IsInline("  {\"type\":\"object\"}"));
        Assert.False(JsonSchemaValidator.IsInline("schemas/order.json"));
    }

    public sealed record Invoice(string Number, int Lines);
}
