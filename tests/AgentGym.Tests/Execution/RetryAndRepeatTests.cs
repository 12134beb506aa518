using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Results;
using AgentGym.Tests.Support;

namespace AgentGym.Tests.Execution;

public sealed class RetryAndRepeatTests
{
    public sealed class RetriedTwice
    {
        [AgentTest(Retries = 2), Input("hi")]
        public void Checks(AgentResponse response) => Assert.Equal("good", response.Text);
    }

    public sealed class FiveRunsEightyPercent
    {
        [AgentTest(Runs = 5, PassThreshold = 0.8), Input("hi")]
        public void Checks(AgentResponse response) => Assert.Equal("good", response.Text);
    }

    /// <summary>An agent that answers badly on the listed calls (1-based) and well otherwise.</summary>
    private static IAgent FailsOn(params int[] badCalls)
    {
        var calls = 0;
        return Agent.FromDelegate("unsteady", _ =>
        {
            var call = Interlocked.Increment(ref calls);
            return new AgentResponse(badCalls.Contains(call) ? "bad" : "good");
        });
    }

    [Fact]
    public async Task A_retry_that_passes_makes_the_test_pass_and_marks_it_unstable()
    {
        var run = await EngineHarness.RunSingleAsync<RetriedTwice>(FailsOn(1));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Equal(2, run.Attempts.Count);
        Assert.Equal([AgentTestStatus.Failed, AgentTestStatus.Passed], run.Attempts.Select(a => a.Status));
        Assert.True(run.Summary!.IsUnstable);
    }

    [Fact]
    public async Task Retries_stop_at_the_limit_and_the_last_failure_decides()
    {
        var run = await EngineHarness.RunSingleAsync<RetriedTwice>(FailsOn(1, 2, 3));

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.Equal(3, run.Attempts.Count);
        Assert.Equal([1, 2, 3], run.Attempts.Select(a => a.Attempt));
        Assert.False(run.Summary!.IsUnstable);
    }

    [Fact]
    public async Task Repeated_runs_pass_when_the_pass_rate_reaches_the_threshold()
    {
        var run = await EngineHarness.RunSingleAsync<FiveRunsEightyPercent>(FailsOn(3));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        var summary = run.Summary!;
        Assert.Equal(5, summary.Runs);
        Assert.Equal(4, summary.PassedRuns);
        Assert.True(summary.PassAtK);
        Assert.False(summary.PassHatK);
        Assert.True(summary.IsUnstable);
    }

    [Fact]
    public async Task Repeated_runs_fail_below_the_threshold_and_say_how_many_passed()
    {
        var run = await EngineHarness.RunSingleAsync<FiveRunsEightyPercent>(FailsOn(1, 4));

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.Equal(3, run.Summary!.PassedRuns);
        Assert.Contains("3 of 5 runs passed", run.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("80", run.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_passing_attempt_has_no_summary()
    {
        var run = await EngineHarness.RunSingleAsync<RetriedTwice>(FailsOn());

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Single(run.Attempts);
        Assert.Null(run.Summary);
    }

    [Fact]
    public async Task A_run_whose_attempts_disagree_says_unstable_and_the_old_name_still_reads_it()
    {
        var run = await EngineHarness.RunSingleAsync<RetriedTwice>(FailsOn(1));

        Assert.EndsWith(", unstable (attempts disagreed)", run.Summary!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("flaky", run.Summary.ToString(), StringComparison.OrdinalIgnoreCase);
#pragma warning disable CS0618 // the old name is kept for code written against it
        Assert.True(run.Summary.IsFlaky);
#pragma warning restore CS0618
    }
}
