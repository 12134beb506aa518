namespace AgentGym.Tests.Discovery.Declarative;

public sealed class DeclarativeErrorTests
{
    [Fact]
    public void An_unknown_field_in_yaml_is_reported_with_file_line_and_field()
    {
        using var folder = new TestFileFolder().With("orders.agenttest.yaml", """
            name: Looks up an order
            input: Where is order 42?
            timout_seconds: 30
            """);

        var test = Assert.Single(folder.Discover());

        Assert.Contains("orders.agenttest.yaml:3: timout_seconds: is not a known field", test.DefinitionError, StringComparison.Ordinal);
        Assert.Contains("timeout_seconds", test.DefinitionError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_in_json_is_reported_with_file_line_and_field()
    {
        using var folder = new TestFileFolder().With("orders.agenttest.json", """
            {
              "name": "Looks up an order",
              "input": { "task": "Where is order 42?" },
              "retries": "two",
              "validation_rules": [
                { "budget": { "max_tokens": -5 } }
              ]
            }
            """);

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.Contains("orders.agenttest.json:4: retries: must be a whole number.", error, StringComparison.Ordinal);
        Assert.Contains("orders.agenttest.json:6: validation_rules[0].budget.max_tokens: is too small", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name:\n  context: x\ninput: Where is order 42?\n")]
    [InlineData("name: [Looks, up]\ninput: Where is order 42?\n")]
    public void A_name_that_is_not_a_text_is_reported_and_the_test_is_named_after_the_file(string yaml)
    {
        using var folder = new TestFileFolder().With("orders.agenttest.yaml", yaml);

        var test = Assert.Single(folder.Discover());

        Assert.Matches(@"orders\.agenttest\.yaml:[12]: name: must be a string\.", test.DefinitionError);
        Assert.Equal("orders.agenttest.yaml", test.DisplayName);
    }

    [Fact]
    public void A_missing_required_field_and_an_unknown_test_type_are_reported()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", """
            - name: first
              input: x
            - name: second
              type: smoke
            """);

        var tests = folder.Discover();

        Assert.Null(tests[0].DefinitionError);
        Assert.Contains("t.agenttest.yaml:4: [1].type: must be one of 'functional'", tests[1].DefinitionError, StringComparison.Ordinal);
        Assert.Contains("[1].input: is required.", tests[1].DefinitionError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_regex_is_reported_at_its_rule()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", """
            name: bad pattern
            input: x
            validation_rules:
              - contains: ok
              - regex: "refund("
            """);

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.Contains("t.agenttest.yaml:5: validation_rules[1].regex:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_schema_file_is_reported_at_its_rule()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", "name: s\ninput: x\nvalidation_rules:\n  - json_schema: missing.schema.json\n");

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.Contains("t.agenttest.yaml:4: validation_rules[0].json_schema:", error, StringComparison.Ordinal);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_with_two_kinds_or_a_misplaced_modifier_is_reported()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", """
            name: two kinds
            input: x
            validation_rules:
              - contains: a
                regex: b
              - tool_not_called: refund
                times: 2
            """);

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.Contains("t.agenttest.yaml:4: validation_rules[0]: has 2 rule kinds (contains, regex)", error, StringComparison.Ordinal);
        Assert.Contains("t.agenttest.yaml:7: validation_rules[1].times: does not apply to a tool_not_called rule", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_yaml_fails_as_one_test_that_names_the_line_and_other_files_still_load()
    {
        using var folder = new TestFileFolder()
            .With("a-broken.agenttest.yaml", "name: broken\ninput: [unclosed\n")
            .With("b-good.agenttest.yaml", "name: good\ninput: x\n");

        var tests = folder.Discover();

        Assert.Equal(2, tests.Count);
        Assert.Contains("a-broken.agenttest.yaml:", tests[0].DefinitionError, StringComparison.Ordinal);
        Assert.Contains("is not valid YAML", tests[0].DefinitionError, StringComparison.Ordinal);
        Assert.Equal("good", tests[1].DisplayName);
        Assert.Null(tests[1].DefinitionError);
    }

    [Fact]
    public void Malformed_json_fails_as_one_test_that_names_the_line()
    {
        using var folder = new TestFileFolder().With("t.agenttest.json", "{\n  \"name\": \"x\",\n  \"input\": \"y\"\n  \"retries\": 1\n}\n");

        var test = Assert.Single(folder.Discover());

        Assert.Contains("t.agenttest.json:4:", test.DefinitionError, StringComparison.Ordinal);
        Assert.Contains("is not valid JSON", test.DefinitionError, StringComparison.Ordinal);
        Assert.Equal("t.agenttest.json", test.DisplayName);
    }

    [Theory]
    [InlineData("t.agenttest.json", "[]")]
    [InlineData("t.agenttest.yaml", "")]
    [InlineData("t.agenttest.yaml", "just a string")]
    public void An_empty_or_shapeless_file_fails_as_one_test(string file, string content)
    {
        using var folder = new TestFileFolder().With(file, content);

        var test = Assert.Single(folder.Discover());

        Assert.StartsWith($"{file} is not a valid agent test file", test.DefinitionError, StringComparison.Ordinal);
    }
}
