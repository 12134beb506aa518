using AgentGym.Attributes;
using AgentGym.Configuration;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Tests.Fakes;
using AgentGym.Tests.Support;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Conversations;

public sealed class SimulatedUserTests
{
    private const string Goal = "Get order 42 refunded; it arrived broken.";

    public sealed class RefundGoal
    {
        [AgentTest]
        [SimulatedUser(Goal, Persona = "A polite customer who writes short messages.")]
        [ExpectText(Contains = "refunded")]
        [ExpectToolCall("refund_order", Arguments = """{"orderId":42}""")]
        public void Customer_gets_the_refund()
        {
        }
    }

    public sealed class TwoTurnLimit
    {
        [AgentTest]
        [SimulatedUser(Goal, MaxTurns = 2)]
        [ExpectText(Contains = "refunded")]
        public void Runs_out_of_turns()
        {
        }
    }

    public sealed class StopsOnRefund
    {
        [AgentTest]
        [SimulatedUser(Goal, StopWhen = "(?i)refunded")]
        [ExpectText(Contains = "refunded")]
        public void Stops_when_the_agent_confirms()
        {
        }
    }

    public sealed class JudgedGoal
    {
        [AgentTest]
        [SimulatedUser(Goal, JudgeGoal = true)]
        public void The_judge_decides()
        {
        }
    }

    private static Task<AgentTestRun> RunAsync<T>(IChatClient? simulator, Action<Hosting.AgentGymBuilder>? more = null) =>
        EngineHarness.RunAsync<T>(b =>
        {
            b.AddAgent("desk", new RefundDeskAgent());
            if (simulator is not null)
                b.AddUserSimulator(simulator);
            more?.Invoke(b);
        }).ContinueWith(t => Assert.Single(t.Result), TaskScheduler.Default);

    [Fact]
    public async Task The_simulated_user_talks_until_it_says_it_is_done_and_validators_judge_the_goal()
    {
        var user = new ScriptedUser("Hi, I want a refund, my parcel arrived broken.", "It is order 42.", "Thanks! [DONE]");

        var run = await RunAsync<RefundGoal>(user);

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Equal(2, run.Conversation.Count);
        Assert.All(run.Conversation, t => Assert.True(t.IsSimulated));
        Assert.Equal(3, user.Prompts.Count);
        Assert.Contains("[DONE]", run.Attempts[^1].ConversationEnd, StringComparison.Ordinal);
        var text = AgentTestRunText.Details(run, OutputVerbosity.Normal);
        Assert.Contains("Conversation: 2 turn(s) with a simulated user; the simulated user ended the conversation", text, StringComparison.Ordinal);
        Assert.Contains("user (simulated): It is order 42.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_simulator_reads_its_goal_and_persona_and_the_conversation_with_roles_swapped()
    {
        var user = new ScriptedUser("I want a refund.", "It is order 42.", "[DONE]");

        await RunAsync<RefundGoal>(user);

        var first = user.Prompts[0];
        Assert.Equal(ChatRole.System, first[0].Role);
        Assert.Contains(Goal, first[0].Text, StringComparison.Ordinal);
        Assert.Contains("A polite customer", first[0].Text, StringComparison.Ordinal);
        Assert.Contains("[DONE]", first[0].Text, StringComparison.Ordinal);
        Assert.Equal(ChatRole.User, first[^1].Role);
        var second = user.Prompts[1];
        Assert.Equal(
            [(ChatRole.Assistant, "I want a refund."), (ChatRole.User, "Which order is it about? Please give me the order number.")],
            second.Skip(1).Select(m => (m.Role, m.Text)));
    }

    [Fact]
    public async Task The_turn_limit_ends_the_conversation_and_the_validators_still_decide()
    {
        var user = new ScriptedUser("Hello.", "I have a question.", "never said");

        var run = await RunAsync<TwoTurnLimit>(user);

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.Equal(2, run.Conversation.Count);
        Assert.Equal(2, user.Prompts.Count);
        Assert.Contains("turn limit of 2", run.Attempts[^1].ConversationEnd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopWhen_ends_the_conversation_on_the_agents_answer_without_asking_the_user_again()
    {
        var user = new ScriptedUser("Please refund order 42.", "not asked");

        var run = await RunAsync<StopsOnRefund>(user);

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Single(run.Conversation);
        Assert.Single(user.Prompts);
        Assert.Contains("matched StopWhen", run.Attempts[^1].ConversationEnd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_registered_simulator_the_test_is_an_error_that_says_how_to_register_one()
    {
        var run = await RunAsync<RefundGoal>(simulator: null);

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("builder.AddUserSimulator", run.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_simulator_that_fails_makes_the_test_an_error_not_a_failure()
    {
        var user = new ScriptedUser("Hi, I want a refund.");

        var run = await RunAsync<RefundGoal>(user);

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("The user simulator failed before turn 2", run.Error!.Message, StringComparison.Ordinal);
        Assert.Single(run.Conversation);
    }

    [Fact]
    public async Task A_simulator_that_ends_before_saying_anything_is_an_error()
    {
        var run = await RunAsync<RefundGoal>(new ScriptedUser("[DONE]"));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("before saying anything", run.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_simulators_model_calls_are_not_counted_in_the_agents_metrics()
    {
        var user = new ChatClientBuilder(new ScriptedUser("I want a refund.", "Order 42.", "[DONE]")).UseAgentGymMetrics().Build();

        var run = await RunAsync<RefundGoal>(user);

        Assert.Equal(MetricSource.Reported, run.Metrics.Source);
        Assert.Equal(30, run.Metrics.TotalTokens);
        Assert.Equal(2, run.Metrics.LlmCalls);
    }

    [Fact]
    public async Task The_goal_judge_reads_the_whole_conversation()
    {
        var judge = new ScriptedChatClient(new ChatResponse(new ChatMessage(ChatRole.Assistant, """{"score": 1, "reasoning": "Refunded."}""")));

        var run = await RunAsync<JudgedGoal>(new ScriptedUser("I want a refund.", "Order 42.", "[DONE]"), b => b.AddJudge(judge));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        var prompt = Assert.Single(judge.Requests)[^1].Text;
        Assert.Contains(Goal, prompt, StringComparison.Ordinal);
        Assert.Contains("## The conversation\nUser: I want a refund.\nAgent: Which order", prompt.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("User: Order 42.\nAgent: Order 42 has been refunded.", prompt.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
