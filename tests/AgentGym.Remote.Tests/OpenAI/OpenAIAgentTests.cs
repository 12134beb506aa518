using System.Text.Json;
using AgentGym.Hosting;
using AgentGym.Metrics;
using AgentGym.OpenAI;
using AgentGym.Remote.Tests.Support;
using AgentGym.Results;
using Microsoft.Extensions.AI;

namespace AgentGym.Remote.Tests.OpenAI;

public sealed class OpenAIAgentTests(LoopbackServer server) : IClassFixture<LoopbackServer>
{
    internal static ChatOptions WeatherTool() => new() { Tools = [AIFunctionFactory.Create((string city) => $"sunny in {city}", "get_weather", "Gets the weather of a city.")] };

    [Fact]
    public async Task Calls_a_tool_and_answers_through_the_OpenAI_client()
    {
        var response = await RemoteGym.AskAsync(
            b => b.AddOpenAIAgent("weather", server.Url("v1"), "loopback-model", "test-key", WeatherTool()), "weather", "What is the weather in Paris?");

        Assert.Equal("The weather: \"sunny in Paris\"", response.Text);
        var call = Assert.Single(response.ToolCalls);
        Assert.Equal("get_weather", call.Name);
        Assert.Equal("Paris", ((JsonElement)call.Arguments!["city"]!).GetString());
        Assert.Equal("sunny in Paris", call.Result?.ToString());
    }

    [Fact]
    public async Task Token_usage_and_tool_calls_of_the_real_responses_feed_the_metrics()
    {
        var run = await RemoteGym.RunTestAsync(
            b => b.AddOpenAIAgent("weather", server.Url("v1"), "loopback-model", "test-key", WeatherTool()), "What is the weather in Paris?");

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Equal(MetricSource.ChatClient, run.Metrics.Source);
        Assert.Equal(2, run.Metrics.LlmCalls);
        Assert.Equal(1, run.Metrics.ToolCalls);
        Assert.Equal(2 * (ChatCompletionsProtocol.PromptTokens + ChatCompletionsProtocol.CompletionTokens), run.Metrics.TotalTokens);
    }

    [Fact]
    public async Task Instructions_and_task_reach_the_model()
    {
        var response = await RemoteGym.AskAsync(
            b => b.AddOpenAIAgent("echo", server.Url("v1"), "loopback-model", instructions: "Be brief."), "echo", "Say hi");

        Assert.Equal("Hello from the loopback model: Say hi", response.Text);
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_retried_by_the_client()
    {
        var id = Guid.NewGuid().ToString("N");

        var response = await RemoteGym.AskAsync(
            b => b.AddOpenAIAgent("echo", server.Url($"rate-limited/{id}/v1"), "loopback-model", "test-key"), "echo", "Say hi");

        Assert.Equal("Hello from the loopback model: Say hi", response.Text);
        Assert.Equal(2, server.Requests($"rate-limited/{id}/v1/chat/completions"));
    }

    [Fact]
    public async Task A_key_in_a_missing_environment_variable_fails_with_its_name()
    {
        var variable = "AGENTGYM_TEST_UNSET_" + Guid.NewGuid().ToString("N");

        var error = await Assert.ThrowsAsync<AgentCreationException>(() => RemoteGym.AskAsync(
            b => b.AddOpenAIAgent("echo", server.Url("v1"), "loopback-model", $"env:{variable}"), "echo", "Say hi"));

        Assert.Contains(variable, error.Message, StringComparison.Ordinal);
    }
}
