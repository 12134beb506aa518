using AgentGym.Agents;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Tests.Fakes;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Metrics;

public sealed class MetricSourcePriorityTests
{
    private readonly IAgent _measuredAndReporting =
        new ChatClientAgent("calculator", new ScriptedChatClient(Calculator.Replies()), new ChatOptions { Tools = [Calculator.AddTool()] });

    [Fact]
    public async Task Agent_measured_by_the_chat_client_that_also_reports_usage_is_counted_once()
    {
        var run = await RunAsync(_measuredAndReporting);

        Assert.Equal(248, run.Attempts[0].Response?.Usage?.TotalTokenCount);
        Assert.Equal((2, 248, 1), (run.Metrics.LlmCalls, run.Metrics.TotalTokens, run.Metrics.ToolCalls));
    }

    [Fact]
    public async Task Agent_measured_by_the_chat_client_that_also_reports_usage_is_counted_from_the_chat_client()
    {
        var run = await RunAsync(_measuredAndReporting);

        Assert.Equal(MetricSource.ChatClient, run.Metrics.Source);
    }

    [Fact]
    public async Task Chat_client_agent_over_an_instrumented_client_is_counted_once_from_the_chat_client()
    {
        using var instrumented = new ChatClientBuilder(new ScriptedChatClient(Calculator.Replies())).UseOpenTelemetry().Build();
        var agent = new ChatClientAgent("calculator", instrumented, new ChatOptions { Tools = [Calculator.AddTool()] });

        var run = await RunAsync(agent);

        Assert.Equal((MetricSource.ChatClient, 2, 248L, 1), (run.Metrics.Source, run.Metrics.LlmCalls, run.Metrics.TotalTokens, run.Metrics.ToolCalls));
    }

    [Fact]
    public async Task Agent_seen_in_telemetry_that_also_reports_usage_is_counted_once_from_telemetry()
    {
        var instrumented = SelfInstrumentedAgent.Create("calculator", SelfInstrumentedAgent.Script(Calculator.Replies), [Calculator.AddTool()]);
        var reporting = Agent.FromDelegate("calculator", async (request, cancellationToken) =>
        {
            var response = await instrumented.RunAsync(request, cancellationToken);
            return new AgentResponse(response.Text) { Usage = ModelReply.Usage(230, 18) };
        });

        var run = await RunAsync(reporting);

        Assert.Equal((MetricSource.Telemetry, 2, 248L), (run.Metrics.Source, run.Metrics.LlmCalls, run.Metrics.TotalTokens));
    }

    [Fact]
    public async Task Agent_that_only_reports_usage_is_counted_from_its_report()
    {
        var reporting = Agent.FromDelegate("reporter", _ => new AgentResponse("found it")
        {
            Usage = ModelReply.Usage(40, 2),
            ToolCalls = [new ToolCall("search")],
        });

        var run = await RunAsync(reporting);

        var metrics = run.Metrics;
        Assert.Equal((MetricSource.Reported, 1, 40, 2, 42, 1), (metrics.Source, metrics.LlmCalls, metrics.InputTokens, metrics.OutputTokens, metrics.TotalTokens, metrics.ToolCalls));
    }

    [Fact]
    public async Task Agent_that_calls_no_model_and_reports_nothing_has_no_metric_source_and_no_counts()
    {
        var run = await RunAsync(Agent.FromDelegate("silent", _ => new AgentResponse("hello")));

        Assert.Equal(MetricSource.None, run.Metrics.Source);
        Assert.Null(run.Metrics.LlmCalls);
        Assert.Null(run.Metrics.TotalTokens);
        Assert.Null(run.Metrics.InputTokens);
        Assert.Null(run.Metrics.ToolCalls);
    }

    [Fact]
    public async Task Agent_that_reports_tool_calls_but_no_usage_has_tool_calls_and_no_token_count()
    {
        var run = await RunAsync(Agent.FromDelegate("tools only", _ => new AgentResponse("done") { ToolCalls = [new ToolCall("search")] }));

        Assert.Equal((MetricSource.Reported, 1), (run.Metrics.Source, run.Metrics.ToolCalls));
        Assert.Null(run.Metrics.TotalTokens);
        Assert.Null(run.Metrics.LlmCalls);
    }

    private static Task<AgentTestRun> RunAsync(IAgent agent) => Gym.RunAsync<AskOnce>(b => b.AddAgent("agent", agent));
}
