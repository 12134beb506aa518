using AgentGym.Agents;
using AgentGym.Metrics;
using AgentGym.Tests.Fakes;
using Microsoft.Extensions.AI;
using FrameworkResponse = Microsoft.Agents.AI.AgentResponse;

namespace AgentGym.Tests.Agents;

public sealed class AgentFrameworkAgentTests
{
    private const string Question = "What is the weather in Paris?";

    private readonly FakeFrameworkAgent _frameworkAgent = new("weather", new FrameworkResponse(
    [
        new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call-7", "get_weather", new Dictionary<string, object?> { ["city"] = "Paris" })]),
        new ChatMessage(ChatRole.Tool, [new FunctionResultContent("call-7", "sunny, 21 °C")]),
        new ChatMessage(ChatRole.Assistant, "It is sunny in Paris."),
    ])
    {
        Usage = ModelReply.Usage(120, 30),
    });

    [Fact]
    public async Task Task_is_sent_to_the_framework_agent_as_a_user_message()
    {
        await new AgentFrameworkAgent(_frameworkAgent).RunAsync(new AgentRequest(Question));

        var message = Assert.Single(Assert.Single(_frameworkAgent.Runs));
        Assert.Equal((ChatRole.User, Question), (message.Role, message.Text));
    }

    [Fact]
    public async Task Response_has_the_framework_agents_text()
    {
        var response = await new AgentFrameworkAgent(_frameworkAgent).RunAsync(new AgentRequest(Question));

        Assert.Equal("It is sunny in Paris.", response.Text);
    }

    [Fact]
    public async Task Response_has_the_tool_call_with_its_arguments_and_result()
    {
        var response = await new AgentFrameworkAgent(_frameworkAgent).RunAsync(new AgentRequest(Question));

        var call = Assert.Single(response.ToolCalls);
        Assert.Equal("get_weather", call.Name);
        Assert.Equal(new Dictionary<string, object?> { ["city"] = "Paris" }, call.Arguments);
        Assert.Equal("sunny, 21 °C", call.Result);
    }

    [Fact]
    public async Task Response_has_the_usage_the_framework_agent_reports()
    {
        var response = await new AgentFrameworkAgent(_frameworkAgent).RunAsync(new AgentRequest(Question));

        Assert.Equal((120L, 30L, 150L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, response.Usage?.TotalTokenCount));
    }

    [Fact]
    public async Task Response_messages_start_with_the_task_and_hold_the_framework_agents_messages()
    {
        var response = await new AgentFrameworkAgent(_frameworkAgent).RunAsync(new AgentRequest(Question));

        Assert.Equal([ChatRole.User, ChatRole.Assistant, ChatRole.Tool, ChatRole.Assistant], response.Messages.Select(m => m.Role));
    }

    [Fact]
    public async Task Run_metrics_come_from_the_reported_usage_and_tool_calls()
    {
        var agent = Agent.FromAIAgent(_frameworkAgent);

        var run = await Gym.RunAsync<AskOnce>(b => b.AddAgent("weather", agent));

        var metrics = run.Metrics;
        Assert.Equal((MetricSource.Reported, 1, 150L, 1), (metrics.Source, metrics.LlmCalls, metrics.TotalTokens, metrics.ToolCalls));
    }

    [Fact]
    public void Name_defaults_to_the_framework_agents_name() => Assert.Equal("weather", new AgentFrameworkAgent(_frameworkAgent).Name);
}
