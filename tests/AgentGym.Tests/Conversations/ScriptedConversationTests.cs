using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Configuration;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Tests.Fakes;
using AgentGym.Tests.Support;

namespace AgentGym.Tests.Conversations;

public sealed class ScriptedConversationTests
{
    public sealed class RefundConversation
    {
        [AgentTest]
        [Turn("I want a refund, my parcel arrived broken.")]
        [Turn("It is order 42.")]
        [ExpectText(Contains = "order number", Turn = 1)]
        [ForbidToolCall("refund_order", Turn = 1)]
        [ExpectToolCall("refund_order", Arguments = """{"orderId":42}""", Turn = 2)]
        [ExpectText(Contains = "refunded")]
        public void Asks_for_the_order_number_then_refunds()
        {
        }
    }

    public sealed class WrongFirstTurnExpectation
    {
        [AgentTest]
        [Turn("I want a refund, my parcel arrived broken.")]
        [Turn("It is order 42.")]
        [ExpectText(Contains = "refunded", Turn = 1)]
        [ExpectText(Contains = "refunded", Turn = 2)]
        public void Expects_a_refund_too_early()
        {
        }
    }

    public sealed class WholeConversationValidators
    {
        // The tool call happens on turn 1; the test's own validators see every turn's calls, and the budget the totals.
        [AgentTest]
        [Turn("Please refund order 7.")]
        [Turn("Thanks, is that all?")]
        [ExpectToolCall("refund_order", Times = 1)]
        [ExpectText(Contains = "order number")]
        [Budget(MaxTokens = 30, MaxToolCalls = 1)]
        public void Judges_the_conversation_as_a_whole()
        {
        }
    }

    public sealed class OverBudgetConversation
    {
        [AgentTest]
        [Turn("Hello")]
        [Turn("Hello again")]
        [Turn("And again")]
        [Budget(MaxTokens = 30)]
        public void Three_turns_cost_more_than_two()
        {
        }
    }

    public sealed class MethodAfterConversation
    {
        public static AgentResponse? Seen { get; private set; }

        [AgentTest]
        [Turn("I want a refund.")]
        [Turn("Order 5, please.")]
        public void Gets_the_whole_conversation(AgentResponse response) => Seen = response;
    }

    [Fact]
    public async Task Turns_go_to_the_agent_in_order_in_one_conversation()
    {
        var agent = new RefundDeskAgent();

        var run = await EngineHarness.RunSingleAsync<RefundConversation>(agent);

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Equal(["I want a refund, my parcel arrived broken.", "It is order 42."], agent.Requests.Select(r => r.Task));
        var conversation = agent.Requests[0].Conversation;
        Assert.NotNull(conversation);
        Assert.Same(conversation, agent.Requests[1].Conversation);
        Assert.Equal(4, conversation.Messages.Count);
        Assert.Equal(2, conversation.TurnCount);
    }

    [Fact]
    public async Task Each_turn_is_judged_by_its_own_validators_and_named_in_the_verdicts()
    {
        var run = await EngineHarness.RunSingleAsync<WrongFirstTurnExpectation>(new RefundDeskAgent());

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        var failed = Assert.Single(run.Validations, v => !v.Passed);
        Assert.StartsWith("turn 1: ExpectText", failed.Validator, StringComparison.Ordinal);
        Assert.Contains("turn 1: ExpectText", run.Error!.Message, StringComparison.Ordinal);
        Assert.True(Assert.Single(run.Conversation[1].Validations).Passed);
        Assert.False(Assert.Single(run.Conversation[0].Validations).Passed);
    }

    [Fact]
    public async Task The_tests_own_validators_see_every_turns_tool_calls_and_the_last_answer()
    {
        var run = await EngineHarness.RunSingleAsync<WholeConversationValidators>(new RefundDeskAgent());

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Equal(3, run.Validations.Count);
        Assert.Equal("Which order is it about? Please give me the order number.", run.Attempts[^1].Response!.Text);
        Assert.Single(run.Attempts[^1].Response!.ToolCalls);
    }

    [Fact]
    public async Task Metrics_are_kept_per_turn_and_in_total()
    {
        var run = await EngineHarness.RunSingleAsync<OverBudgetConversation>(new RefundDeskAgent());

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.All(run.Conversation, t => Assert.Equal((15L, MetricSource.Reported), (t.Metrics.TotalTokens, t.Metrics.Source)));
        Assert.Equal(45, run.Metrics.TotalTokens);
        Assert.Equal(run.Conversation.Sum(t => t.Metrics.InputTokens), run.Metrics.InputTokens);
        Assert.Contains("45", Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_method_runs_after_the_conversation_with_the_whole_conversation_as_its_response()
    {
        var run = await EngineHarness.RunSingleAsync<MethodAfterConversation>(new RefundDeskAgent());

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        var response = MethodAfterConversation.Seen!;
        Assert.Equal("Order 5 has been refunded.", response.Text);
        Assert.Equal(4, response.Messages.Count);
        Assert.Equal(30, response.Usage!.TotalTokenCount);
    }

    [Fact]
    public async Task The_output_shows_the_transcript_with_each_turns_metrics()
    {
        var run = await EngineHarness.RunSingleAsync<RefundConversation>(new RefundDeskAgent());

        var text = AgentTestRunText.Details(run, OutputVerbosity.Normal);

        Assert.Contains("Conversation: 2 turn(s)", text, StringComparison.Ordinal);
        Assert.Contains("Turn 2 · duration", text, StringComparison.Ordinal);
        Assert.Contains("user: It is order 42.", text, StringComparison.Ordinal);
        Assert.Contains("tool call: refund_order(orderId: 42)", text, StringComparison.Ordinal);
        Assert.Contains("agent: Order 42 has been refunded.", text, StringComparison.Ordinal);
        Assert.Contains("PASS turn 2: ExpectToolCall", text, StringComparison.Ordinal);
    }

    public sealed class SecondTurnBreaks
    {
        [AgentTest]
        [Turn("first")]
        [Turn("second")]
        [Turn("third")]
        [ExpectText(Contains = "ok")]
        public void Agent_fails_on_the_second_turn()
        {
        }
    }

    [Fact]
    public async Task An_agent_error_mid_conversation_is_an_error_and_keeps_the_turns_so_far()
    {
        var agent = Agent.FromDelegate("flaky", r => r.Task == "second" ? throw new InvalidOperationException("the model is down") : new AgentResponse("ok"));

        var run = await EngineHarness.RunSingleAsync<SecondTurnBreaks>(agent);

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("the model is down", run.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(2, run.Conversation.Count);
        Assert.Equal("ok", run.Conversation[0].Response!.Text);
        Assert.Null(run.Conversation[1].Response);
        Assert.Contains("agent: (no answer)", AgentTestRunText.Details(run, OutputVerbosity.Normal), StringComparison.Ordinal);
    }

    public sealed class HangingSecondTurn
    {
        // The first turn must answer within the timeout for the test to show it kept: room for a busy machine's first attempt.
        [AgentTest(TimeoutSeconds = 5)]
        [Turn("first")]
        [Turn("second")]
        public void Agent_hangs_on_the_second_turn()
        {
        }
    }

    [Fact]
    public async Task A_timeout_mid_conversation_keeps_the_turns_so_far()
    {
        var agent = Agent.FromDelegate("slow", async (r, ct) =>
        {
            if (r.Task == "second")
                await Task.Delay(Timeout.Infinite, ct);
            return new AgentResponse("ok");
        });

        var run = await EngineHarness.RunSingleAsync<HangingSecondTurn>(agent);

        Assert.Equal(AgentTestStatus.Timeout, run.Status);
        Assert.Equal(2, run.Conversation.Count);
        Assert.Equal("ok", run.Conversation[0].Response!.Text);
    }

    public sealed class ThrowingTurnValidator
    {
        [AgentTest]
        [Turn("first")]
        [Turn("second")]
        [ValidateWith(typeof(ThrowingValidator), Turn = 2)]
        public void A_turn_validator_throws()
        {
        }
    }

    public sealed class ThrowingValidator : AgentGym.Validation.IValidator
    {
        public string Name => "Throwing";

        public ValueTask<AgentGym.Validation.ValidationResult> ValidateAsync(AgentGym.Validation.ValidationContext context, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("cannot judge");
    }

    [Fact]
    public async Task A_turn_validator_that_throws_is_an_error_that_names_the_turn()
    {
        var run = await EngineHarness.RunSingleAsync<ThrowingTurnValidator>(Agent.FromDelegate("plain", r => new AgentResponse("ok")));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("turn 2: Throwing", run.Error!.Message, StringComparison.Ordinal);
        Assert.True(Assert.Single(run.Conversation[1].Validations).IsError);
    }

    public sealed class TurnBudget
    {
        [AgentTest]
        [Turn("Hello")]
        [Turn("Hello again")]
        [Budget(MaxTokens = 20, Turn = 2)]
        [Budget(MaxTokens = 20)]
        public void Each_turn_fits_but_not_the_whole()
        {
        }
    }

    [Fact]
    public async Task A_budget_on_a_turn_judges_that_turns_metrics_and_one_on_the_test_the_totals()
    {
        var run = await EngineHarness.RunSingleAsync<TurnBudget>(new RefundDeskAgent());

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.True(Assert.Single(run.Validations, v => v.Validator.StartsWith("turn 2:", StringComparison.Ordinal)).Passed);
        Assert.False(Assert.Single(run.Validations, v => !v.Validator.StartsWith("turn", StringComparison.Ordinal)).Passed);
    }

    [Fact]
    public async Task A_definition_made_in_code_with_turns_and_an_input_is_an_error_not_a_silent_choice()
    {
        var test = new AgentGym.Definitions.AgentTestDefinition
        {
            Id = "both",
            FullName = "both",
            DisplayName = "both",
            Input = new AgentRequest("hello"),
            Turns = [new AgentGym.Definitions.TurnDefinition("hi"), new AgentGym.Definitions.TurnDefinition(" ")],
        };

        var run = Assert.Single(await Gym.RunAsync([test], b => b.AddAgent("desk", new RefundDeskAgent())));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("both: has both Input and Turns", run.Error!.Message, StringComparison.Ordinal);
    }
}
