using AgentGym.Metrics;
using AgentGym.Tests.Fakes;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Metrics;

public sealed class MetricsChatClientTests
{
    private static readonly Dictionary<string, object?> NoArguments = [];

    [Fact]
    public async Task Call_counts_the_usage_of_its_response()
    {
        using var scope = MetricsScope.Begin();
        using var client = new MetricsChatClient(new ScriptedChatClient(ModelReply.Text("hi", inputTokens: 12, outputTokens: 3)));

        await client.GetResponseAsync("hello");

        var metrics = scope.Snapshot();
        Assert.Equal((1, 12, 3, 15, MetricSource.ChatClient), (metrics.LlmCalls, metrics.InputTokens, metrics.OutputTokens, metrics.TotalTokens, metrics.Source));
    }

    [Fact]
    public async Task Streaming_call_counts_the_usage_from_UsageContent()
    {
        using var scope = MetricsScope.Begin();
        using var client = new MetricsChatClient(new ScriptedChatClient(ModelReply.Text("hi", inputTokens: 12, outputTokens: 3)));

        await foreach (var _ in client.GetStreamingResponseAsync("hello"))
        {
        }

        var metrics = scope.Snapshot();
        Assert.Equal((1, 12, 3, 15, MetricSource.ChatClient), (metrics.LlmCalls, metrics.InputTokens, metrics.OutputTokens, metrics.TotalTokens, metrics.Source));
    }

    [Fact]
    public async Task Streaming_call_counts_the_function_calls_in_its_updates()
    {
        using var scope = MetricsScope.Begin();
        using var client = new MetricsChatClient(new ScriptedChatClient(ModelReply.ToolCall("call-1", "search", NoArguments, inputTokens: 5, outputTokens: 1)));

        await foreach (var _ in client.GetStreamingResponseAsync("hello"))
        {
        }

        Assert.Equal(1, scope.Snapshot().ToolCalls);
    }

    [Fact]
    public async Task Streaming_call_left_before_its_end_still_counts_as_a_model_call()
    {
        using var scope = MetricsScope.Begin();
        using var client = new MetricsChatClient(new ScriptedChatClient(ModelReply.Text("hi", inputTokens: 12, outputTokens: 3)));

        await foreach (var _ in client.GetStreamingResponseAsync("hello"))
            break;

        Assert.Equal(1, scope.Snapshot().LlmCalls);
    }

    [Fact]
    public async Task Call_is_counted_in_the_scope_of_the_caller_only()
    {
        using var outer = MetricsScope.Begin();
        using var client = new MetricsChatClient(new ScriptedChatClient(
            ModelReply.Text("one", inputTokens: 1, outputTokens: 1),
            ModelReply.Text("two", inputTokens: 2, outputTokens: 2)));
        await client.GetResponseAsync("first");

        AgentMetrics inner;
        using (var scope = MetricsScope.Begin())
        {
            await client.GetResponseAsync("second");
            inner = scope.Snapshot();
        }

        Assert.Equal((1, 4L), (inner.LlmCalls, inner.TotalTokens));
        Assert.Equal((1, 2L), (outer.Snapshot().LlmCalls, outer.Snapshot().TotalTokens));
    }
}
