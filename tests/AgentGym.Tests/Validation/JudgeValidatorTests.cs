using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Tests.Fakes;
using AgentGym.Validation;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Validation;

public sealed class JudgeValidatorTests
{
    [Fact]
    public async Task A_score_at_the_threshold_passes_with_the_judges_reasoning()
    {
        var judge = Judge("""{"score": 0.7, "reasoning": "Mentions the refund and apologises."}""");

        var result = await new JudgeValidator("Apologises and offers a refund", 0.7, judge).ValidateAsync(Attempts.WithText("Sorry, refund issued."));

        Assert.True(result.Passed, result.Message);
        Assert.Contains("score 0.7", result.Message, StringComparison.Ordinal);
        Assert.Contains("Mentions the refund and apologises.", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_score_below_the_threshold_fails_with_the_judges_reasoning()
    {
        var judge = Judge("""{"score": 0.2, "reasoning": "No apology was given."}""");

        var result = await new JudgeValidator("Apologises", 0.8, judge).ValidateAsync(Attempts.WithText("Refund issued."));

        Assert.False(result.Passed);
        Assert.Contains("score 0.2 is below the threshold 0.8", result.Message, StringComparison.Ordinal);
        Assert.Contains("No apology was given.", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("```json\n{\"score\": 0.9, \"reasoning\": \"fine\"}\n```")]
    [InlineData("Here is my verdict: {\"score\": \"0.9\", \"reason\": \"fine\"} Hope it helps {.")]
    [InlineData("{\"note\": \"draft\"} then {\"Score\": 0.9, \"Reasoning\": \"fine\",}")]
    public async Task A_verdict_is_read_from_code_fences_and_surrounding_text(string reply)
    {
        var result = await new JudgeValidator("Is fine", 0.5, Judge(reply)).ValidateAsync(Attempts.WithText("answer"));

        Assert.True(result.Passed, result.Message);
        Assert.Contains("fine", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I think it is good.", "holds no JSON object")]
    [InlineData("{\"verdict\": \"good\"}", "no \"score\"")]
    [InlineData("{\"score\": 8, \"reasoning\": \"good\"}", "outside 0 to 1")]
    [InlineData("{\"score\": \"high\"}", "not a number")]
    public async Task An_unreadable_verdict_is_an_error_that_says_what_the_judge_replied(string reply, string problem)
    {
        var result = await new JudgeValidator("Is fine", 0.5, Judge(reply)).ValidateAsync(Attempts.WithText("answer"));

        Assert.False(result.Passed);
        Assert.True(result.IsError);
        Assert.Contains("not a JSON verdict", result.Message, StringComparison.Ordinal);
        Assert.Contains(problem, result.Message, StringComparison.Ordinal);
        Assert.Contains(reply[..10], result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_judge_validator_without_a_registered_judge_is_an_error_that_says_how_to_register_one()
    {
        var run = await Gym.RunAsync<JudgedTests>(b => b.AddAgent("support", Agent.FromDelegate("support", r => new AgentResponse("Refund issued."))));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("no judge chat client is registered", run.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("AddJudge", run.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JudgedBy_uses_the_judge_registered_in_the_startup_and_sees_the_task_and_answer()
    {
        var judge = Judge("""{"score": 0.3, "reasoning": "It never apologises."}""");

        var run = await Gym.RunAsync<JudgedTests>(b => b
            .AddJudge(judge)
            .AddAgent("support", Agent.FromDelegate("support", r => new AgentResponse("Refund issued."))));

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.Contains("It never apologises.", run.Error!.Message, StringComparison.Ordinal);
        var prompt = string.Join("\n", judge.Requests.Single().Select(m => m.Text));
        Assert.Contains("Apologises and offers a refund", prompt, StringComparison.Ordinal);
        Assert.Contains("My order is late", prompt, StringComparison.Ordinal);
        Assert.Contains("Refund issued.", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_calls_are_not_counted_in_the_running_attempts_metrics()
    {
        // The judge shares the measured pipeline the agent would use: only the suspension keeps its call out.
        using var judge = new ChatClientBuilder(Judge("""{"score": 1, "reasoning": "ok"}""", tokens: 500)).UseAgentGymMetrics().Build();
        using var scope = MetricsScope.Begin();

        var result = await new JudgeValidator("Is fine", 0.5, judge).ValidateAsync(Attempts.WithText("answer"));

        Assert.True(result.Passed, result.Message);
        var metrics = scope.Snapshot();
        Assert.Equal(((int?)null, (long?)null), (metrics.LlmCalls, metrics.TotalTokens));
        Assert.Same(scope, MetricsScope.Current);
    }

    [Fact]
    public async Task A_judge_assertion_in_a_test_body_does_not_add_to_the_agents_metrics()
    {
        var judge = new ChatClientBuilder(Judge("""{"score": 0.9, "reasoning": "Polite."}""", tokens: 500)).UseAgentGymMetrics().Build();
        var model = new ChatClientBuilder(new ScriptedChatClient(Reply("Sorry, refund issued.", tokens: 40))).UseAgentGymMetrics().Build();

        var run = await Gym.RunAsync<AssertedJudgeTests>(b => b.AddJudge(judge).AddAgent("support", model));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Equal((1, 40L), (run.Metrics.LlmCalls, run.Metrics.TotalTokens));
    }

    [Theory]
    [InlineData("", 0.5)]
    [InlineData("Is fine", 1.5)]
    [InlineData("Is fine", -0.1)]
    public void A_judge_with_an_empty_rubric_or_a_threshold_outside_0_to_1_is_a_configuration_error(string rubric, double threshold) =>
        Assert.Throws<ValidatorConfigurationException>(() => Validator.Judge(rubric, threshold));

    public sealed class JudgedTests
    {
        [AgentTest, Input("My order is late")]
        [JudgedBy("Apologises and offers a refund", Threshold = 0.6)]
        public static void Answers(AgentResponse response) => Assert.NotNull(response);
    }

    public sealed class AssertedJudgeTests
    {
        [AgentTest, Input("My order is late")]
        public static async Task Answers(AgentResponse response, AgentRequest request) =>
            await AgentAssert.PassesJudgeAsync(response, "Is polite", 0.8, request: request);
    }

    private static ScriptedChatClient Judge(string reply, long tokens = 0) => new(Reply(reply, tokens));

    private static ChatResponse Reply(string text, long tokens = 0) => new(new ChatMessage(ChatRole.Assistant, text))
    {
        Usage = tokens == 0 ? null : new UsageDetails { InputTokenCount = tokens, OutputTokenCount = 0, TotalTokenCount = tokens },
    };
}
