using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Sdk;
using AgentGym.Tests.Discovery.Declarative;
using AgentGym.Validation;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Validation.Trajectories;

/// <summary>The same trajectory written as attributes, as an assertion and in a declarative file.</summary>
public sealed class TrajectoryFrontEndTests
{
    private static readonly ValidationContext RefundFlow = WithToolCalls(
        Call("search", """{"query":"refund"}"""), Call("lookup_order", """{"order_id":"A-42"}"""), Call("issue_refund", """{"amount":20}"""));

    public sealed class RefundAmountAtMost50 : IToolCallMatcher
    {
        public string Description => "amount at most 50";

        public bool Matches(ToolCall call) => call.Arguments?["amount"] is System.Text.Json.JsonElement amount && amount.GetDecimal() <= 50m;
    }

    public sealed class RefundTests
    {
        [AgentTest]
        [ExpectTrajectory(TrajectoryMatch.Strict, """search {"query":"refund"}""", "lookup_order", "issue_refund")]
        [ToolArguments("lookup_order", """{"order_id":"^A-\\d+$"}""", ArgumentMatch = ArgumentMatch.Regex)]
        [ToolArguments("issue_refund", Matcher = typeof(RefundAmountAtMost50))]
        [NoToolAfter("issue_refund")]
        public void Refunds()
        {
        }

        [AgentTest]
        [ExpectTrajectory(TrajectoryMatch.Strict, "search")]
        [ToolArguments("search", Matcher = typeof(string))]
        public void BadMatcher()
        {
        }
    }

    [Fact]
    public void Attributes_combine_steps_tool_arguments_and_limits()
    {
        var test = AttributeTestDiscoverer.Discover(typeof(RefundTests)).Single(t => t.FullName.EndsWith(".Refunds", StringComparison.Ordinal));

        Assert.Null(test.DefinitionError);
        Assert.All(test.Validators, v => Assert.True(Check(v, RefundFlow).Passed, v.Name));
        var tooMuch = WithToolCalls(Call("search", """{"query":"refund"}"""), Call("lookup_order", """{"order_id":"A-42"}"""), Call("issue_refund", """{"amount":80}"""));
        var trajectory = test.Validators.OfType<TrajectoryValidator>().First();
        Assert.Contains("does not satisfy: amount at most 50", Check(trajectory, tooMuch).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_matcher_type_that_is_not_a_matcher_makes_the_test_invalid_with_the_reason()
    {
        var test = AttributeTestDiscoverer.Discover(typeof(RefundTests)).Single(t => t.FullName.EndsWith(".BadMatcher", StringComparison.Ordinal));

        Assert.Contains("[ExpectTrajectory] on test", test.DefinitionError, StringComparison.Ordinal);
        Assert.Contains("System.String must be a class that implements IToolCallMatcher", test.DefinitionError, StringComparison.Ordinal);
    }

    [Fact]
    public void AgentAssert_passes_a_matching_trajectory_and_throws_the_diff_otherwise()
    {
        AgentAssert.FollowsTrajectory(RefundFlow.Response, TrajectoryMatch.Superset, "issue_refund", "search");

        var error = Assert.Throws<AgentAssertException>(() =>
            AgentAssert.FollowsTrajectory(RefundFlow.Response, ExpectedTrajectory.Strict("search", "issue_refund")));
        Assert.Contains("1 call not expected", error.Message, StringComparison.Ordinal);
        Assert.Contains("+                    2 lookup_order({\"order_id\":\"A-42\"})  called, not expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declarative_trajectory_rule_builds_the_same_check()
    {
        using var folder = new TestFileFolder().With("refund.agenttest.yaml", """
            name: Refund flow
            input: Refund order A-42
            validation_rules:
              - trajectory:
                  match: strict
                  steps:
                    - search {"query":"refund"}
                    - tool: lookup_order
                      arguments: { order_id: '^A-\d+$' }
                      match_arguments: regex
                    - issue_refund
                  tool_arguments:
                    issue_refund: { arguments: { amount: 20 }, match_arguments: exact }
                  max_calls: { search: 1 }
                  no_tool_after: issue_refund
            """);

        var test = Assert.Single(folder.Discover());

        Assert.Null(test.DefinitionError);
        var validator = Assert.IsType<TrajectoryValidator>(Assert.Single(test.Validators));
        Assert.True(Check(validator, RefundFlow).Passed);
        var twice = WithToolCalls(Call("search", """{"query":"refund"}"""), Call("search", """{"query":"refund"}"""), Call("lookup_order", """{"order_id":"A-42"}"""), Call("issue_refund", """{"amount":20}"""));
        Assert.Contains("tool \"search\" was called 2 times", Check(validator, twice).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_match_in_a_declarative_file_names_the_file_and_field()
    {
        using var folder = new TestFileFolder().With("refund.agenttest.yaml", """
            name: Refund flow
            input: Refund order A-42
            validation_rules:
              - trajectory:
                  match: sorted
                  steps: [search]
            """);

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.Contains("refund.agenttest.yaml", error, StringComparison.Ordinal);
        Assert.Contains("validation_rules[0].trajectory.match", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_step_pattern_in_a_declarative_file_names_the_step()
    {
        using var folder = new TestFileFolder().With("refund.agenttest.yaml", """
            name: Refund flow
            input: Refund order A-42
            validation_rules:
              - trajectory:
                  steps:
                    - tool: lookup_order
                      arguments: { order_id: 'A-(' }
                      match_arguments: regex
            """);

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.Contains("steps[0]", error, StringComparison.Ordinal);
        Assert.Contains("not a valid regular expression", error, StringComparison.Ordinal);
    }
}
