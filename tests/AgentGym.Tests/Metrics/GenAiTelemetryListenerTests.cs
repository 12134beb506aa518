using System.Diagnostics;
using AgentGym.Agents;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Tests.Fakes;

namespace AgentGym.Tests.Metrics;

public sealed class GenAiTelemetryListenerTests
{
    private static readonly IAgent InstrumentedCalculator =
        SelfInstrumentedAgent.Create("calculator", SelfInstrumentedAgent.Script(Calculator.Replies), [Calculator.AddTool()]);

    private static readonly IAgent InstrumentedCalculatorInAgentSpan =
        SelfInstrumentedAgent.Create("calculator", SelfInstrumentedAgent.Script(Calculator.Replies), [Calculator.AddTool()], withAgentSpan: true);

    [Fact]
    public async Task Agent_that_builds_its_own_instrumented_client_is_measured_from_telemetry()
    {
        var run = await RunAsync(InstrumentedCalculator);

        Assert.Equal(MetricSource.Telemetry, run.Metrics.Source);
    }

    [Fact]
    public async Task Each_chat_span_counts_as_one_model_call()
    {
        var run = await RunAsync(InstrumentedCalculator);

        Assert.Equal(2, run.Metrics.LlmCalls);
    }

    [Fact]
    public async Task Tokens_are_summed_from_the_chat_spans()
    {
        var run = await RunAsync(InstrumentedCalculator);

        Assert.Equal((230, 18, 248), (run.Metrics.InputTokens, run.Metrics.OutputTokens, run.Metrics.TotalTokens));
    }

    [Fact]
    public async Task Enclosing_agent_span_that_repeats_the_totals_does_not_double_the_tokens()
    {
        var run = await RunAsync(InstrumentedCalculatorInAgentSpan);

        Assert.Equal((2, 230, 18, 248), (run.Metrics.LlmCalls, run.Metrics.InputTokens, run.Metrics.OutputTokens, run.Metrics.TotalTokens));
    }

    [Fact]
    public async Task Execute_tool_spans_count_tool_calls()
    {
        var run = await RunAsync(InstrumentedCalculator);

        Assert.Equal(1, run.Metrics.ToolCalls);
    }

    [Fact]
    public void Spans_in_a_test_carry_their_data_without_being_marked_for_export()
    {
        GenAiTelemetryListener.EnsureStarted();
        using var source = new ActivitySource(GenAiTelemetryListener.SourceNames[0]);
        using var scope = MetricsScope.Begin();

        using var span = source.StartActivity("chat");

        Assert.NotNull(span);
        Assert.True(span.IsAllDataRequested);
        Assert.False(span.Recorded);
    }

    private static Task<AgentTestRun> RunAsync(IAgent agent) => Gym.RunAsync<AskOnce>(b => b.AddAgent("calculator", agent));
}
