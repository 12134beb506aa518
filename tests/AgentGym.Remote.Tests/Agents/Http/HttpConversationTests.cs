using AgentGym.Agents;
using AgentGym.Agents.Http;
using AgentGym.Definitions;
using AgentGym.Remote.Tests.Support;
using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Remote.Tests.Agents.Http;

public sealed class HttpConversationTests(LoopbackServer server) : IClassFixture<LoopbackServer>
{
    [Fact]
    public async Task Every_turn_of_a_conversation_sends_the_same_conversation_id_so_the_service_keeps_its_session()
    {
        await using var runtime = AgentGymRuntime.Create(b => b.AddHttpAgent("remote", o => o.Endpoint = server.Url("agent/conversation")));
        var test = new AgentTestDefinition
        {
            Id = "conversation",
            FullName = "conversation",
            DisplayName = "conversation",
            Turns = [new TurnDefinition("hello"), new TurnDefinition("again"), new TurnDefinition("bye")],
        };

        var run = await new AgentTestEngine(runtime).RunAsync(test);

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        var id = run.Conversation[0].Request.Conversation!.Id;
        Assert.Equal([$"turn 1 of {id}: hello", $"turn 2 of {id}: again", $"turn 3 of {id}: bye"], run.Conversation.Select(t => t.Response!.Text));
        Assert.Equal(6, run.Attempts[^1].Response!.Messages.Count);
    }

    [Fact]
    public async Task A_single_task_sends_no_conversation_id()
    {
        await using var runtime = AgentGymRuntime.Create(b => b.AddHttpAgent("remote", o => o.Endpoint = server.Url("agent/conversation")));

        var response = await runtime.Agents!.Get("remote").RunAsync(new AgentRequest("hello"));

        Assert.Equal("no conversation: hello", response.Text);
    }
}
