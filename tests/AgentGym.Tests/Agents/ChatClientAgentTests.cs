using System.Text.Json;
using AgentGym.Agents;
using AgentGym.Results;
using AgentGym.Tests.Fakes;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Agents;

public sealed class ChatClientAgentTests
{
    private readonly List<(int A, int B)> _additions = [];
    private readonly ScriptedChatClient _model = new(Calculator.Replies());

    private readonly ChatClientAgent _agent;

    public ChatClientAgentTests()
    {
        var add = Calculator.AddTool((a, b) =>
        {
            lock (_additions)
                _additions.Add((a, b));
        });
        _agent = new ChatClientAgent("calculator", _model, new ChatOptions { Tools = [add] });
    }

    [Fact]
    public async Task Tool_the_model_asks_for_is_invoked_with_its_arguments()
    {
        await _agent.RunAsync(new AgentRequest(Calculator.Question));

        Assert.Equal([(2, 3)], _additions);
    }

    [Fact]
    public async Task Tool_result_goes_back_to_the_model_in_the_second_call()
    {
        await _agent.RunAsync(new AgentRequest(Calculator.Question));

        var secondCall = _model.Requests[1];
        var result = Assert.Single(secondCall.SelectMany(m => m.Contents).OfType<FunctionResultContent>());
        Assert.Equal("call-1", result.CallId);
        Assert.Equal("5", result.Result?.ToString());
    }

    [Fact]
    public async Task Run_counts_both_model_calls()
    {
        var run = await RunInGymAsync();

        Assert.Equal(2, run.Metrics.LlmCalls);
    }

    [Fact]
    public async Task Run_sums_the_tokens_of_both_model_responses()
    {
        var run = await RunInGymAsync();

        Assert.Equal((230, 18, 248), (run.Metrics.InputTokens, run.Metrics.OutputTokens, run.Metrics.TotalTokens));
    }

    [Fact]
    public async Task Run_counts_the_one_tool_call()
    {
        var run = await RunInGymAsync();

        Assert.Equal(1, run.Metrics.ToolCalls);
    }

    [Fact]
    public async Task Response_has_the_tool_call_with_its_arguments_and_result()
    {
        var response = await _agent.RunAsync(new AgentRequest(Calculator.Question));

        var call = Assert.Single(response.ToolCalls);
        Assert.Equal("add", call.Name);
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 2, ["b"] = 3 }, call.Arguments);
        Assert.Equal(5, Assert.IsType<JsonElement>(call.Result).GetInt32());
    }

    [Fact]
    public async Task Response_text_is_the_final_answer()
    {
        var response = await _agent.RunAsync(new AgentRequest(Calculator.Question));

        Assert.Equal(Calculator.Answer, response.Text);
    }

    [Fact]
    public async Task Response_messages_hold_the_whole_conversation()
    {
        var response = await _agent.RunAsync(new AgentRequest(Calculator.Question));

        Assert.Equal([ChatRole.User, ChatRole.Assistant, ChatRole.Tool, ChatRole.Assistant], response.Messages.Select(m => m.Role));
        Assert.Equal(Calculator.Question, response.Messages[0].Text);
        Assert.IsType<FunctionCallContent>(Assert.Single(response.Messages[1].Contents));
        Assert.IsType<FunctionResultContent>(Assert.Single(response.Messages[2].Contents));
        Assert.Equal(Calculator.Answer, response.Messages[3].Text);
    }

    [Fact]
    public void ToolNames_lists_the_tools_of_the_options() => Assert.Equal(["add"], _agent.ToolNames);

    private Task<AgentTestRun> RunInGymAsync() => Gym.RunAsync<AskOnce>(b => b.AddAgent("calculator", _agent));
}
