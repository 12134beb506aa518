using System.Text.RegularExpressions;
using AgentGym.EndToEnd.Tests.Support;

namespace AgentGym.EndToEnd.Tests;

public sealed partial class DotnetTestTests
{
    private const string FaultTests = "Consumer.FaultTests.";

    [Fact]
    public async Task A_judge_that_throws_or_never_answers_and_a_validator_that_throws_fail_the_run_as_errors_that_name_them()
    {
        var results = Path.Combine(consumer.NewFolder("fault-results"), "results");
        var run = await consumer.TestWithAsync(
            new Dictionary<string, string> { ["CONSUMER_FAULTS"] = "on" },
            "--filter", $"FullyQualifiedName~{FaultTests}Is_", "--logger", "trx;LogFileName=faults.trx", "--results-directory", results, "--", "AgentGym.Store=off");

        Assert.True(run.ExitCode != 0, $"An error should fail the run.{Environment.NewLine}{run}");
        Assert.True(new TestSummary(Failed: 3, Passed: 0, Skipped: 0, Total: 3) == TestSummary.Parse(run), $"Unexpected counts.{Environment.NewLine}{run}");
        var trx = TrxReport.Load(Path.Combine(results, "faults.trx"));
        string Message(string test) => Assert.Single(trx, r => r.TestName.Contains(test, StringComparison.Ordinal)).ErrorMessage ?? string.Empty;
        Assert.StartsWith("[Error]", Message("Is_judged_by_a_judge_that_throws"), StringComparison.Ordinal);
        Assert.Contains("JudgedBy(", Message("Is_judged_by_a_judge_that_throws"), StringComparison.Ordinal);
        Assert.Contains("HttpRequestException", Message("Is_judged_by_a_judge_that_throws"), StringComparison.Ordinal);
        Assert.StartsWith("[Error]", Message("Is_judged_by_a_judge_that_never_answers"), StringComparison.Ordinal);
        Assert.Contains("JudgedBy(", Message("Is_judged_by_a_judge_that_never_answers"), StringComparison.Ordinal);
        Assert.Contains("timeout of 2 s", Message("Is_judged_by_a_judge_that_never_answers"), StringComparison.Ordinal);
        Assert.StartsWith("[Error]", Message("Is_checked_by_a_validator_that_throws"), StringComparison.Ordinal);
        Assert.Contains("ThrowingValidator", Message("Is_checked_by_a_validator_that_throws"), StringComparison.Ordinal);
        Assert.Contains("The validator's own bug.", Message("Is_checked_by_a_validator_that_throws"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_test_that_kills_its_test_host_is_named_by_the_next_run_and_by_agentgym_runs_show()
    {
        var store = Path.Combine(consumer.NewFolder("crash-store"), "results.db");

        var crash = await consumer.TestWithAsync(
            new Dictionary<string, string> { ["CONSUMER_CRASH"] = "on" }, "--filter", $"FullyQualifiedName={FaultTests}Ends_its_test_host", "--", $"AgentGym.Store={store}");
        var next = await consumer.TestAsync("--filter", $"FullyQualifiedName={Tests}Echoes_the_request", "--", $"AgentGym.Store={store}");

        Assert.True(crash.ExitCode != 0, $"The test host should have died.{Environment.NewLine}{crash}");
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Contains(" of Consumer.dll (started ", next.Output, StringComparison.Ordinal);
        Assert.Contains("did not end: its test host died while this test was running", next.Output, StringComparison.Ordinal);
        Assert.Contains("Ends_its_test_host", next.Output, StringComparison.Ordinal);
        // The crashed run's id: the host may have died before the store had begun it, and then the next run records it.
        var crashedRun = Regex.Match(next.Output, @"agentgym runs show (\d+)");
        Assert.True(crashedRun.Success, next.ToString());
        var show = await DotNetCli.RunAsync(consumer.ProjectFolder, AgentGymCli, "runs", "show", crashedRun.Groups[1].Value, "--store", store);
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("The test host died during this run", show.Output, StringComparison.Ordinal);
        Assert.Contains("Ends_its_test_host", show.Output, StringComparison.Ordinal);
        Assert.Contains("Running at crash", show.Output, StringComparison.Ordinal);
    }
}
