using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Tests.Fakes;
using AgentGym.Validation;
using Microsoft.Extensions.AI;
using FrameworkResponse = Microsoft.Agents.AI.AgentResponse;

namespace AgentGym.Tests.Validation;

/// <summary>
/// An empty tool-call list from an agent that does not report its tool calls is "not said", not "no tool called": every check
/// on tool calls is then an error that names the agent, never a pass or a plain failure.
/// </summary>
public sealed class UnreportedToolCallsTests
{
    private const string NotReported = "tool calls were not reported by agent 'support', so they could not be checked.";

    public static TheoryData<IValidator> ToolCallChecks => new()
    {
        new ToolCallValidator("issue_refund"),
        new ForbiddenToolCallValidator("issue_refund"),
        new ToolCallOrderValidator(["lookup_order", "issue_refund"]),
        new TrajectoryValidator(ExpectedTrajectory.Subset("lookup_order", "issue_refund")),
        new TrajectoryValidator(ExpectedTrajectory.Any().WithMaxCalls("lookup_order", 1)),
        new ToolAllowListValidator(["lookup_order"]),
    };

    [Theory]
    [MemberData(nameof(ToolCallChecks))]
    public async Task A_tool_call_check_on_a_response_that_does_not_report_them_is_an_error_that_names_the_agent(IValidator check)
    {
        var verdict = await check.ValidateAsync(new ValidationContext(new AgentResponse("Refunded."), AgentMetrics.Empty) { AgentName = "support" });

        Assert.True(verdict.IsError, verdict.ToString());
        Assert.StartsWith(NotReported, verdict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ToolCallChecks))]
    public async Task A_tool_call_check_judges_an_empty_list_the_agent_reported(IValidator check)
    {
        var verdict = await check.ValidateAsync(new ValidationContext(new AgentResponse("Refunded.") { ToolCalls = [] }, AgentMetrics.Empty) { AgentName = "support" });

        Assert.False(verdict.IsError, verdict.ToString());
        Assert.DoesNotContain("not reported", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_says_when_the_metrics_counted_calls_the_response_does_not_list()
    {
        var verdict = new ForbiddenToolCallValidator("issue_refund").Validate(new ValidationContext(new AgentResponse("Refunded."), new AgentMetrics { ToolCalls = 2 }));

        Assert.StartsWith("tool calls were not reported by the agent (the metrics counted 2, but the response does not list them)", verdict.Message, StringComparison.Ordinal);
    }

    public sealed class ForbidsRefund
    {
        [AgentTest, Input("Where is order 7?"), UseAgent("support"), ForbidToolCall("issue_refund")]
        public static void Does_not_refund()
        {
        }
    }

    [Fact]
    public async Task A_delegate_agent_that_sets_no_tool_calls_makes_the_test_an_error()
    {
        var run = await Gym.RunAsync<ForbidsRefund>(b => b.AddAgent("support", Agent.FromDelegate("support", _ => new AgentResponse("It shipped."))));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.StartsWith(NotReported, Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delegate_agent_that_says_it_called_no_tool_passes()
    {
        var run = await Gym.RunAsync<ForbidsRefund>(b => b.AddAgent("support", Agent.FromDelegate("support", _ => new AgentResponse("It shipped.") { ToolCalls = [] })));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Equal(0, run.Metrics.ToolCalls);
    }

    [Fact]
    public async Task A_chat_client_agent_always_reports_its_tool_calls()
    {
        var model = new ScriptedChatClient(new ChatResponse(new ChatMessage(ChatRole.Assistant, "It shipped.")));

        var run = await Gym.RunAsync<ForbidsRefund>(b => b.AddAgent("support", new ChatClientAgent("support", model)));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
    }

    [Fact]
    public async Task An_agent_framework_agent_always_reports_its_tool_calls()
    {
        var framework = new FakeFrameworkAgent("support", new FrameworkResponse([new ChatMessage(ChatRole.Assistant, "It shipped.")]));

        var run = await Gym.RunAsync<ForbidsRefund>(b => b.AddAgent("support", new AgentFrameworkAgent(framework, "support")));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
    }

    [Fact]
    public async Task A_wrapped_agent_keeps_what_its_inner_agent_reports()
    {
        using var limiter = new System.Threading.RateLimiting.ConcurrencyLimiter(new() { PermitLimit = 1, QueueLimit = 10 });

        var run = await Gym.RunAsync<ForbidsRefund>(b => b.AddAgent("support", Agent.FromDelegate("support", _ => new AgentResponse("It shipped.")).WithRateLimit(limiter)));

        Assert.Equal(AgentTestStatus.Error, run.Status);
    }

    public sealed class ForbidsRefundOverTwoTurns
    {
        [AgentTest, UseAgent("support"), Turn("Hello"), Turn("Where is order 7?"), ForbidToolCall("issue_refund")]
        public static void Does_not_refund()
        {
        }
    }

    [Fact]
    public async Task A_conversation_with_one_turn_that_did_not_report_its_tool_calls_is_not_judged_on_them()
    {
        var turn = 0;
        var run = await Gym.RunAsync<ForbidsRefundOverTwoTurns>(b => b.AddAgent("support", Agent.FromDelegate("support", _ =>
            Interlocked.Increment(ref turn) == 1 ? new AgentResponse("Hi.") { ToolCalls = [] } : new AgentResponse("It shipped."))));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.StartsWith(NotReported, Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgentAssert_on_tool_calls_that_were_not_reported_throws_an_error_verdict()
    {
        var thrown = Assert.Throws<AgentAssertException>(() => AgentAssert.DidNotCallTool(new AgentResponse("It shipped."), "issue_refund"));

        Assert.True(thrown.Result?.IsError);
        Assert.Contains("tool calls were not reported by the agent", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_tool_calls_says_they_are_reported_unless_the_agent_says_otherwise()
    {
        Assert.False(new AgentResponse("a").ToolCallsReported);
        Assert.True(new AgentResponse("a") { ToolCalls = [] }.ToolCallsReported);
        Assert.False(new AgentResponse("a") { ToolCallsReported = false, ToolCalls = [] }.ToolCallsReported);
        Assert.True(new AgentResponse("a") { ToolCallsReported = true }.ToolCallsReported);
    }
}
