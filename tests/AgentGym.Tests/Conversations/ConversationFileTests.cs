using AgentGym.Results;
using AgentGym.Tests.Discovery.Declarative;
using AgentGym.Tests.Fakes;

namespace AgentGym.Tests.Conversations;

public sealed class ConversationFileTests
{
    [Fact]
    public async Task A_file_conversation_runs_its_turns_with_each_turns_rules_and_the_tests_own()
    {
        using var folder = new TestFileFolder().With("refunds.agenttest.yaml", """
            - name: asks for the order number, then refunds
              agent: desk
              turns:
                - text: I want a refund, my parcel arrived broken.
                  validation_rules:
                    - contains: order number
                    - tool_not_called: refund_order
                - It is order 42.
              validation_rules:
                - tool_called: refund_order
                  arguments: { orderId: 42 }
                  turn: 2
                - contains: refunded
                - budget: { max_tokens: 30 }
            - name: expects a refund on the first turn
              agent: desk
              turns:
                - text: I want a refund.
                  validation_rules: [ { contains: refunded } ]
                - Order 9.
            """);

        var runs = await Gym.RunAsync(folder.Discover(), b => b.AddAgent("desk", new RefundDeskAgent()));

        Assert.Equal([AgentTestStatus.Passed, AgentTestStatus.Failed], runs.Select(r => r.Status));
        Assert.Equal(2, runs[0].Conversation.Count);
        Assert.Equal(2, runs[0].Conversation[0].Validations.Count);
        Assert.Single(runs[0].Conversation[1].Validations);
        Assert.Contains("turn 1: ExpectText", runs[1].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Turns_and_an_input_together_name_the_file_line_and_field()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", """
            - name: fine
              input: hello
            - name: both
              input: hello
              turns: [ hello, bye ]
            """);

        var tests = folder.Discover();

        Assert.Null(tests[0].DefinitionError);
        Assert.Contains("t.agenttest.yaml:5: [1].turns: has both input and turns", tests[1].DefinitionError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_turn_with_no_text_is_named_by_its_field()
    {
        using var folder = new TestFileFolder().With("t.agenttest.json", """
            {
              "name": "blank turn",
              "turns": [
                "hello",
                { "text": "   " },
                { "validation_rules": [ { "contains": "x" } ] }
              ]
            }
            """);

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.Contains("t.agenttest.json:5: turns[1].text: has no text", error, StringComparison.Ordinal);
        Assert.Contains("t.agenttest.json:6: turns[2].text: has no text", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_turn_string_and_an_empty_turn_list_are_errors()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", """
            - name: empty string
              turns: [ "" ]
            - name: empty list
              turns: []
            """);

        var tests = folder.Discover();

        Assert.Contains("t.agenttest.yaml:2: [0].turns[0]: has no text", tests[0].DefinitionError, StringComparison.Ordinal);
        Assert.Contains("[1].turns: must not be empty.", tests[1].DefinitionError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_on_a_turn_that_does_not_exist_names_its_field()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", """
            name: judges turn 3
            turns: [ hello, bye ]
            validation_rules:
              - contains: bye
                turn: 3
            """);

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.Contains("t.agenttest.yaml:5: validation_rules[0].turn: is 3, but the test has 2 turn(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_turn_number_inside_a_turns_own_rules_is_an_error()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", """
            name: nested turn
            turns:
              - text: hello
                validation_rules:
                  - contains: hi
                    turn: 1
            """);

        Assert.Contains("turns[0].validation_rules[0].turn: does not apply here", Assert.Single(folder.Discover()).DefinitionError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_simulated_user_is_read_and_checked_like_the_attribute()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", """
            - name: good
              simulated_user:
                goal: Get order 42 refunded
                persona: A polite customer
                max_turns: 4
                stop_when: refunded
                judge_goal: true
            - name: unjudged
              simulated_user: { goal: Get order 42 refunded, stop_when: "(bad" }
            - name: no goal
              simulated_user: { persona: someone }
              validation_rules: [ { contains: refunded } ]
            """);

        var tests = folder.Discover();

        Assert.Null(tests[0].DefinitionError);
        var simulation = tests[0].UserSimulation!;
        Assert.Equal(("Get order 42 refunded", "A polite customer", 4, "refunded"), (simulation.Goal, simulation.Persona, simulation.MaxTurns, simulation.StopWhen));
        Assert.StartsWith("JudgedBy", Assert.Single(tests[0].Validators).Name, StringComparison.Ordinal);
        Assert.Contains("t.agenttest.yaml:9: [1].simulated_user.stop_when: is not a valid regular expression", tests[1].DefinitionError, StringComparison.Ordinal);
        Assert.Contains("[1].simulated_user: nothing judges whether the simulated user's goal was met", tests[1].DefinitionError, StringComparison.Ordinal);
        Assert.Contains("[2].simulated_user.goal: is required.", tests[2].DefinitionError, StringComparison.Ordinal);
    }
}
