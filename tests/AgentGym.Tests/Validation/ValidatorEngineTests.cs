using System.Text.Json;
using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Definitions;
using AgentGym.Results;
using AgentGym.Sdk;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Validation;

public sealed class ValidatorEngineTests
{
    public sealed class RefundTests
    {
        [AgentTest, Input("Refund order 7")]
        [ExpectText(Contains = "refund", IgnoreCase = true)]
        [MatchesRegex(@"order \d+")]
        [ExpectOutput("""{"status":"refunded"}""")]
        [ExpectToolCall("issue_refund")]
        [ForbidToolCall("delete_account")]
        [Budget(MaxTokens = 100)]
        public static void Refunds(AgentResponse response) => Assert.NotNull(response);
    }

    public sealed class BadPatternTests
    {
        [AgentTest, Input("Refund order 7")]
        [MatchesRegex("refund(")]
        public static void Refunds(AgentResponse response) => Assert.NotNull(response);
    }

    public sealed class RefundSpeedTests
    {
        [AgentTest(Type = AgentTestType.Performance, Runs = 3), Input("Refund order 7")]
        [Budget(MaxTokens = 100)]
        public static void Refunds(AgentResponse response) => Assert.NotNull(response);
    }

    [Fact]
    public async Task Every_validator_verdict_is_in_the_run_and_one_failure_does_not_hide_another()
    {
        var run = await RunSingleAsync(typeof(RefundTests));

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        var verdicts = run.Validations.ToDictionary(v => v.Validator, v => v.Passed);
        Assert.Equal(
            new Dictionary<string, bool>
            {
                ["ExpectText(Contains = \"refund\", IgnoreCase = true)"] = true,
                ["MatchesRegex(\"order \\d+\")"] = true,
                ["ExpectOutput(\"{\"status\":\"refunded\"}\")"] = false,
                ["ExpectToolCall(\"issue_refund\")"] = false,
                ["ForbidToolCall(\"delete_account\")"] = true,
                ["Budget(MaxTokens = 100)"] = false,
            },
            verdicts);
        Assert.Contains("$.status: expected \"refunded\", got \"pending\"", run.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("the agent called: lookup_order({\"id\":7})", run.Error.Message, StringComparison.Ordinal);
        Assert.Contains("tokens 150 exceeds the limit of 100", run.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_regex_makes_an_error_run_that_names_the_test_and_the_pattern()
    {
        var run = await RunSingleAsync(typeof(BadPatternTests));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains(typeof(BadPatternTests).FullName + ".Refunds", run.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("\"refund(\"", run.Error.Message, StringComparison.Ordinal);
        // The attribute is named once, not by the attribute and again by the discoverer.
        Assert.Equal(2, run.Error.Message.Split("[MatchesRegex]").Length);
        Assert.Empty(run.Attempts);
    }

    [Fact]
    public async Task Budget_in_a_performance_test_judges_the_mean_over_all_runs()
    {
        var run = await RunSingleAsync(typeof(RefundSpeedTests));

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.Equal(3, run.Attempts.Count);
        Assert.All(run.Attempts, a => Assert.Empty(a.Validations));
        var budget = Assert.Single(run.Validations);
        Assert.False(budget.Passed);
        Assert.Equal("budget exceeded over 3 runs: mean tokens 150 exceeds the limit of 100", budget.Message);
    }

    private static async Task<AgentTestRun> RunSingleAsync(Type testClass)
    {
        await using var runtime = AgentGymRuntime.Create(b => b.AddAgent("refunds", Agent.FromDelegate("refunds", _ => PendingRefund())));
        var runs = await new AgentTestEngine(runtime).RunAsync(AttributeTestDiscoverer.Discover(testClass));
        return Assert.Single(runs);
    }

    private static AgentResponse PendingRefund() => new("Your refund for order 7 is pending.")
    {
        Output = JsonSerializer.SerializeToElement(new { status = "pending" }),
        ToolCalls = [new ToolCall("lookup_order", new Dictionary<string, object?> { ["id"] = 7 })],
        Usage = new UsageDetails { InputTokenCount = 100, OutputTokenCount = 50, TotalTokenCount = 150 },
    };
}
