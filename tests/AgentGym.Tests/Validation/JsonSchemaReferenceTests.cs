using System.Net;
using System.Net.Sockets;
using AgentGym.Validation;

namespace AgentGym.Tests.Validation;

/// <summary>Schemas never reach the network at discovery unless allowed, and a cycle of references is found when the schema is read.</summary>
public sealed class JsonSchemaReferenceTests : IDisposable
{
    private const string Variable = "AGENTGYM_SCHEMA_REMOTE_REFS_TIMEOUT";

    // Accepts connections and never answers, as the worst schema server does.
    private readonly TcpListener _silent = new(IPAddress.Loopback, 0);

    public JsonSchemaReferenceTests() => _silent.Start();

    private string SilentUrl => $"http://127.0.0.1:{((IPEndPoint)_silent.LocalEndpoint).Port}/order.schema.json";

    public void Dispose()
    {
        _silent.Stop();
        _silent.Dispose();
    }

    [Fact]
    public void A_reference_to_itself_is_a_cycle_found_when_the_schema_is_read()
    {
        var error = Assert.Throws<ValidatorConfigurationException>(() => JsonSchemaValidator.FromJson("""{"$ref":"#"}"""));

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_through_definitions_is_named_as_a_cycle()
    {
        var error = Assert.Throws<ValidatorConfigurationException>(() => JsonSchemaValidator.FromJson("""
            {"$ref": "#/definitions/a", "definitions": {"a": {"$ref": "#/definitions/b"}, "b": {"$ref": "#/definitions/a"}}}
            """));

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not resolve the path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recursive_schema_is_not_a_cycle()
    {
        var validator = JsonSchemaValidator.FromJson("""
            {"type": "object", "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#"}}}}
            """);

        Assert.True(validator.Validate(Attempts.WithOutput("""{"name": "a", "children": [{"name": "b", "children": []}]}""")).Passed);
        Assert.False(validator.Validate(Attempts.WithOutput("""{"name": "a", "children": [{"name": 7}]}""")).Passed);
    }

    [Fact]
    public void A_reference_to_a_url_is_refused_at_once_with_a_message_that_says_what_to_do()
    {
        Environment.SetEnvironmentVariable(Variable, null);

        var error = Assert.Throws<ValidatorConfigurationException>(() => JsonSchemaValidator.FromJson($$"""{"$ref": "{{SilentUrl}}"}"""));

        Assert.Contains(SilentUrl, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not fetch schemas over the network", error.Message, StringComparison.Ordinal);
        Assert.Contains(Variable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allowed_reference_to_a_url_that_never_answers_fails_within_its_timeout()
    {
        Environment.SetEnvironmentVariable(Variable, "1");
        try
        {
            var error = Assert.Throws<ValidatorConfigurationException>(() => JsonSchemaValidator.FromJson($$"""{"$ref": "{{SilentUrl}}"}"""));

            Assert.Contains($"{SilentUrl} ($ref), which did not answer within 1 s", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }
}
