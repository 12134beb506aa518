using AgentGym.Definitions;
using AgentGym.Validation;

namespace AgentGym.Tests.Discovery.Declarative;

public sealed class DeclarativeDiscoveryTests
{
    private const string OneJsonTest = """
        {
          "$schema": "https://raw.githubusercontent.com/agentgym/agentgym/main/schemas/agenttest.schema.json",
          "name": "Looks up an order",
          "agent": "support",
          "type": "integration",
          "input": { "task": "Where is order 42?", "context": { "customer": "c-7", "priority": 2, "vip": true, "tags": ["a"] } },
          "timeout_seconds": 30,
          "retries": 2,
          "required_tools": ["lookup_order"],
          "traits": { "Area": "Orders" },
          "validation_rules": [ { "contains": "42" } ]
        }
        """;

    [Fact]
    public void A_json_file_with_one_test_becomes_one_definition_with_every_field()
    {
        using var folder = new TestFileFolder().With("orders.agenttest.json", OneJsonTest);

        var test = Assert.Single(folder.Discover());

        Assert.Null(test.DefinitionError);
        Assert.Equal("orders.Looks up an order", test.FullName);
        Assert.Equal("Looks up an order", test.DisplayName);
        Assert.Equal("support", test.AgentName);
        Assert.Equal(AgentTestType.Integration, test.Type);
        Assert.Equal("Where is order 42?", test.Input!.Task);
        Assert.Equal("c-7", test.Input.Context["customer"]);
        Assert.Equal(2L, test.Input.Context["priority"]);
        Assert.Equal(true, test.Input.Context["vip"]);
        Assert.Equal(TimeSpan.FromSeconds(30), test.Timeout);
        Assert.Equal(2, test.Retries);
        Assert.Equal(["lookup_order"], test.RequiredTools);
        Assert.Contains(new KeyValuePair<string, string>("Area", "Orders"), test.Traits);
        Assert.Equal("orders.agenttest.json", test.TestFile);
        Assert.Equal(3, test.SourceLine);
        Assert.Null(test.Method);
        Assert.IsType<TextValidator>(Assert.Single(test.Validators));
    }

    [Fact]
    public void A_yaml_file_with_a_list_becomes_one_definition_per_test_in_file_order()
    {
        using var folder = new TestFileFolder().With("Agent Tests/greetings.agenttest.yaml", """
            # Two tests in one file
            - name: Says hello
              input: Hello there
              validation_rules:
                - regex: "(?i)hello"
            - name: Says goodbye
              input:
                task: Bye
              expected_output: { said: goodbye }
            """);

        var tests = folder.Discover();

        Assert.Equal(["Says hello", "Says goodbye"], tests.Select(t => t.DisplayName));
        Assert.All(tests, t => Assert.Null(t.DefinitionError));
        Assert.Equal("Agent Tests.greetings.Says hello", tests[0].FullName);
        Assert.Equal("Hello there", tests[0].Input!.Task);
        Assert.Equal([2, 6], tests.Select(t => t.SourceLine));
        Assert.IsType<ExpectedOutputValidator>(Assert.Single(tests[1].Validators));
    }

    [Fact]
    public void A_file_with_a_tests_list_becomes_one_definition_per_test()
    {
        using var folder = new TestFileFolder().With("suite.agenttest.json", """
            { "$schema": "agenttest.schema.json", "tests": [ { "name": "one", "input": "1" }, { "name": "two", "input": "2" } ] }
            """);

        Assert.Equal(["one", "two"], folder.Discover().Select(t => t.DisplayName));
    }

    [Fact]
    public void Every_validation_rule_makes_the_validator_of_its_kind()
    {
        using var folder = new TestFileFolder()
            .With("Schemas/answer.schema.json", """{ "type": "object", "required": ["status"] }""")
            .With("all-rules.agenttest.yaml", """
                name: Every rule
                input: Refund order 7
                expected_output: { status: refunded }
                validation_rules:
                  - regex: 'order \d+'
                    ignore_case: true
                  - contains: refund
                  - not_contains: sorry
                  - starts_with: Done
                  - equals: Done, refunded.
                  - expected_output: { order: 7 }
                  - json_schema: Schemas/answer.schema.json
                  - json_schema: { type: object }
                  - tool_called: issue_refund
                    arguments: { order: 7 }
                    times: 1
                  - tool_not_called: delete_account
                  - tool_order: [lookup_order, issue_refund]
                  - budget: { max_tokens: 2000, max_llm_calls: 3, max_tool_calls: 4, max_duration_ms: 5000 }
                  - judge: { rubric: Confirms the refund, threshold: 0.8 }
                  - judge: Is polite
                """);

        var test = Assert.Single(folder.Discover());

        Assert.Null(test.DefinitionError);
        Assert.Equal(
            [typeof(ExpectedOutputValidator), typeof(RegexValidator), typeof(TextValidator), typeof(TextValidator), typeof(TextValidator), typeof(TextValidator),
             typeof(ExpectedOutputValidator), typeof(JsonSchemaValidator), typeof(JsonSchemaValidator), typeof(ToolCallValidator), typeof(ForbiddenToolCallValidator),
             typeof(ToolCallOrderValidator), typeof(BudgetValidator), typeof(JudgeValidator), typeof(JudgeValidator)],
            test.Validators.Select(v => v.GetType()));
        Assert.Equal("MatchesRegex(\"order \\d+\", IgnoreCase = true)", test.Validators[1].Name);
        Assert.Equal(1, ((ToolCallValidator)test.Validators[9]).Times);
        var budget = (BudgetValidator)test.Validators[12];
        Assert.Equal((2000L, 3, 4, TimeSpan.FromSeconds(5)), (budget.MaxTokens, budget.MaxLlmCalls, budget.MaxToolCalls, budget.MaxDuration));
        var judge = (JudgeValidator)test.Validators[13];
        Assert.Equal(("Confirms the refund", 0.8), (judge.Rubric, judge.Threshold));
        Assert.Equal(JudgeValidator.DefaultThreshold, ((JudgeValidator)test.Validators[14]).Threshold);
    }

    [Fact]
    public void Tests_in_subfolders_are_found_and_other_files_are_not()
    {
        using var folder = new TestFileFolder()
            .With("a/b/deep.agenttest.yml", "name: deep\ninput: x\n")
            .With("notes.json", "{}")
            .With("settings.yaml", "a: 1\n");

        var test = Assert.Single(folder.Discover());

        Assert.Equal("a/b/deep.agenttest.yml", test.TestFile);
        Assert.Equal("a.b.deep.deep", test.FullName);
    }

    [Fact]
    public void Test_Explorer_is_pointed_at_the_project_copy_of_a_file_when_there_is_one()
    {
        using var output = new TestFileFolder().With("t.agenttest.yaml", "name: t\ninput: x\n");
        using var project = new TestFileFolder().With("t.agenttest.yaml", "name: t\ninput: x\n");

        var test = Assert.Single(output.Discover(projectFolder: project.Path));

        Assert.Equal(Path.Combine(project.Path, "t.agenttest.yaml"), test.SourceFile);
    }

    [Fact]
    public void Files_of_another_project_that_shares_the_output_folder_are_left_to_it()
    {
        using var output = new TestFileFolder().With("mine.agenttest.yaml", "name: mine\ninput: x\n").With("theirs.agenttest.yaml", "name: theirs\ninput: x\n");
        using var project = new TestFileFolder().With("mine.agenttest.yaml", "name: mine\ninput: x\n");

        var test = Assert.Single(output.Discover(projectFolder: project.Path));

        Assert.Equal("mine", test.DisplayName);
    }
}
