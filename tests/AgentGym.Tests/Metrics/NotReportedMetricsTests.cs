using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Configuration;
using AgentGym.Definitions;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Tests.Fakes;
using AgentGym.Validation;
using Microsoft.Extensions.AI;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Metrics;

/// <summary>A figure no source measured is "not reported", never 0, and a limit on it is never a pass.</summary>
public sealed class NotReportedMetricsTests
{
    public sealed class ToolBudget
    {
        [AgentTest, Input("refund order 7"), UseAgent("support"), Budget(MaxToolCalls = 3)]
        public static void Stays_within_three_tool_calls()
        {
        }
    }

    public sealed class TokenAndDurationBudget
    {
        [AgentTest, Input("refund order 7"), UseAgent("support"), Budget(MaxTokens = 500, MaxDurationMs = 60_000)]
        public static void Stays_cheap()
        {
        }
    }

    [Fact]
    public async Task A_budget_on_tool_calls_the_agent_did_not_report_is_an_error_that_names_the_agent()
    {
        var run = await Gym.RunAsync<ToolBudget>(b => b.AddAgent("support", Agent.FromDelegate("support", _ => new AgentResponse("Refunded."))));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        var verdict = Assert.Single(run.Validations);
        Assert.True(verdict.IsError);
        Assert.StartsWith("tool calls were not reported by agent 'support', so MaxToolCalls could not be checked.", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_budget_on_tool_calls_passes_once_the_agent_reports_them()
    {
        var run = await Gym.RunAsync<ToolBudget>(b => b.AddAgent("support", Agent.FromDelegate("support", _ =>
            new AgentResponse("Refunded.") { ToolCalls = [new ToolCall("lookup_order"), new ToolCall("issue_refund")] })));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Contains("tool calls 2 ≤ 3", Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chat_client_without_usage_counts_its_calls_but_not_tokens()
    {
        var model = new ScriptedChatClient(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Refunded.")));
        var run = await Gym.RunAsync<TokenAndDurationBudget>(b => b.AddAgent("support", new ChatClientAgent("support", model.AsBuilder().UseAgentGymMetrics().Build())));

        Assert.Equal((1, 0), (run.Metrics.LlmCalls, run.Metrics.ToolCalls));
        Assert.Null(run.Metrics.TotalTokens);
        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("tokens were not reported by agent 'support', so MaxTokens could not be checked", Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_exceeded_beside_an_unreported_one_is_a_failure_that_names_both()
    {
        var metrics = new AgentMetrics { LlmCalls = 5, Duration = TimeSpan.FromSeconds(1) };

        var result = new BudgetValidator(maxTokens: 100, maxLlmCalls: 3).Validate(new ValidationContext(new AgentResponse(), metrics) { AgentName = "support" });

        Assert.False(result.Passed);
        Assert.False(result.IsError);
        Assert.Contains("LLM calls 5 exceeds the limit of 3", result.Message, StringComparison.Ordinal);
        Assert.Contains("tokens were not reported by agent 'support'", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_distribution_with_runs_that_did_not_report_a_figure_is_not_judged_on_the_others()
    {
        List<AgentMetrics> runs = [RunMetrics(tokens: 100, llmCalls: 1), new AgentMetrics { TotalTokens = 100 }, new AgentMetrics { TotalTokens = 100 }];

        var result = new BudgetValidator(maxLlmCalls: 3).ValidateDistribution(runs);

        Assert.True(result.IsError);
        Assert.StartsWith("LLM calls were not reported in 2 of 3 runs, so MaxLlmCalls could not be checked.", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgentAssert_within_budget_does_not_pass_unmeasured_metrics() =>
        Assert.Contains("tokens were not reported", Assert.Throws<AgentAssertException>(() => AgentAssert.WithinBudget(AgentMetrics.Empty, maxTokens: 10)).Message, StringComparison.Ordinal);

    [Fact]
    public void Test_output_says_not_reported_instead_of_zero()
    {
        var run = new AgentTestRun
        {
            Test = new AgentTestDefinition { Id = "t", FullName = "t", DisplayName = "t" },
            Status = AgentTestStatus.Passed,
            Metrics = new AgentMetrics { ToolCalls = 0, Duration = TimeSpan.FromMilliseconds(12) },
            Attempts = [new AgentTestAttempt { Run = 1, Attempt = 1, Status = AgentTestStatus.Passed }],
        };

        var details = AgentTestRunText.Details(run, OutputVerbosity.Normal);

        Assert.Contains("Metrics: duration 12 ms · tokens not reported · LLM calls not reported · tool calls 0", details, StringComparison.Ordinal);
    }
}
