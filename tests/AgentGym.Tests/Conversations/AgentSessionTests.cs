using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Results;
using AgentGym.Tests.Fakes;
using AgentGym.Tests.Support;
using AgentGym.Validation;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Conversations;

/// <summary>The agent keeps its session between the turns of a conversation, whatever kind of agent it is.</summary>
public sealed class AgentSessionTests
{
    public sealed class ThreeTurns
    {
        [AgentTest]
        [Turn("first")]
        [Turn("second")]
        [Turn("third")]
        [ExpectText(Contains = "3 user message(s)")]
        public void Remembers_every_turn()
        {
        }
    }

    [Fact]
    public async Task A_chat_client_agent_sends_the_chat_history_with_each_turn_and_its_instructions_once()
    {
        var model = new ScriptedChatClient(ModelReply.Text("Which order?", 10, 2), ModelReply.Text("Order 42 is refunded.", 20, 4));
        var agent = new ChatClientAgent("chat", model, instructions: "Be brief.");
        var conversation = new AgentConversation();

        await agent.SendAsync(conversation, "I want a refund.");
        var second = await agent.SendAsync(conversation, "Order 42.");

        var sent = model.Requests[1];
        Assert.Equal(
            [(ChatRole.System, "Be brief."), (ChatRole.User, "I want a refund."), (ChatRole.Assistant, "Which order?"), (ChatRole.User, "Order 42.")],
            sent.Select(m => (m.Role, m.Text)));
        Assert.Equal(4, conversation.Messages.Count);
        Assert.Equal("Order 42 is refunded.", conversation.Messages[^1].Text);
        Assert.Equal("Order 42 is refunded.", second.Text);
    }

    [Fact]
    public async Task A_framework_agent_runs_every_turn_in_one_session_and_is_sent_only_the_new_message()
    {
        var framework = new MemoryFrameworkAgent();
        var agent = new AgentFrameworkAgent(framework);

        var run = await EngineHarness.RunSingleAsync<ThreeTurns>(agent);

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Equal(1, framework.SessionsCreated);
        Assert.NotNull(framework.SessionsRunIn[0]);
        Assert.All(framework.SessionsRunIn, s => Assert.Same(framework.SessionsRunIn[0], s));
        Assert.All(framework.Runs, r => Assert.Single(r));
        Assert.Equal(6, run.Attempts[^1].Response!.Messages.Count);
    }

    [Fact]
    public async Task A_framework_agent_without_a_conversation_runs_without_a_session()
    {
        var framework = new MemoryFrameworkAgent();

        await new AgentFrameworkAgent(framework).RunAsync(new AgentRequest("hello"));

        Assert.Equal(0, framework.SessionsCreated);
        Assert.Null(Assert.Single(framework.SessionsRunIn));
    }

    [Fact]
    public async Task Each_attempt_starts_a_new_conversation()
    {
        var agent = new RefundDeskAgent();

        var runs = await EngineHarness.RunAsync<RepeatedConversation>(b => b.AddAgent("desk", agent));

        Assert.Equal(AgentTestStatus.Passed, Assert.Single(runs).Status);
        var conversations = agent.Requests.Select(r => r.Conversation!).Distinct().ToList();
        Assert.Equal(2, conversations.Select(c => c.Id).Distinct().Count());
        Assert.All(conversations, c => Assert.Equal(4, c.Messages.Count));
    }

    public sealed class RepeatedConversation
    {
        [AgentTest(Runs = 2)]
        [Turn("I want a refund.")]
        [Turn("Order 3.")]
        [ExpectText(Contains = "refunded")]
        public void Runs_twice()
        {
        }
    }

    [Fact]
    public async Task A_delegate_agent_that_returns_only_its_answer_still_gets_the_history()
    {
        var seen = new List<int>();
        var agent = Agent.FromDelegate("plain", r =>
        {
            seen.Add(r.Conversation!.Messages.Count);
            return new AgentResponse($"got {r.Task}");
        });
        var conversation = new AgentConversation("fixed-id");

        await agent.SendAsync(conversation, "one");
        await agent.SendAsync(conversation, "two");
        var third = await agent.SendAsync(conversation, "three");

        Assert.Equal([0, 2, 4], seen);
        Assert.Equal("fixed-id", conversation.Id);
        Assert.Equal(["one", "got one", "two", "got two", "three", "got three"], conversation.Messages.Select(m => m.Text));
        AgentAssert.TextEquals(third, "got three");
    }

    [Fact]
    public void Agent_state_is_kept_per_conversation_and_per_key()
    {
        var conversation = new AgentConversation();
        var key = new object();

        var first = conversation.GetOrAddState(key, () => new List<string>());
        var again = conversation.GetOrAddState(key, () => new List<string>());
        var other = conversation.GetOrAddState(new object(), () => new List<string>());

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.NotSame(first, new AgentConversation().GetOrAddState(key, () => new List<string>()));
    }
}
