using AgentGym.EndToEnd.Tests.Support;

namespace AgentGym.EndToEnd.Tests;

/// <summary>
/// The packed AgentGym and AgentGym.TestAdapter packages, used by a fresh test project as a user would, under real
/// <c>dotnet test</c> processes. The consumer has twelve agent test cases (nine pass, one of them from an .agenttest.json file, and four of them only fault when an end-to-end test switches their faults on; two fail; one is skipped), a benchmark and one xunit fact.
/// </summary>
public sealed partial class DotnetTestTests(PackagedConsumer consumer) : IClassFixture<PackagedConsumer>
{
    private const string AgentGymExecutor = "executor://agentgym/testadapter/v1";
    private const string Tests = "Consumer.SupportAgentTests.";

    [Fact]
    public async Task Dotnet_test_runs_agent_tests_and_xunit_facts_side_by_side()
    {
        var (run, trxPath) = await consumer.FullRunAsync();

        Assert.True(run.ExitCode == 1, $"A failing test should fail the run.{Environment.NewLine}{run}");
        Assert.True(new TestSummary(Failed: 2, Passed: 11, Skipped: 1, Total: 14) == TestSummary.Parse(run), $"Unexpected counts.{Environment.NewLine}{run}");
        var results = TrxReport.Load(trxPath);
        var agentTests = results.Where(r => r.AdapterUri == AgentGymExecutor).ToList();
        Assert.Equal(13, agentTests.Count);
        Assert.Equal(10, agentTests.Count(r => r.Outcome == "Passed"));
        Assert.Equal(2, agentTests.Count(r => r.Outcome == "Failed"));
        Assert.Equal(1, agentTests.Count(r => r.Outcome == "NotExecuted"));
        var fact = Assert.Single(results, r => r.AdapterUri != AgentGymExecutor);
        Assert.Equal("Passed", fact.Outcome);
        Assert.Contains("Xunit_fact_runs_beside_agent_tests", fact.TestName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detailed_console_output_shows_the_metrics_and_every_verdict()
    {
        var (run, _) = await consumer.FullRunAsync();

        Assert.Contains("Metrics: duration", run.Output, StringComparison.Ordinal);
        Assert.Contains("tokens 29 (in 21, out 8)", run.Output, StringComparison.Ordinal);
        Assert.Contains("PASS MatchesRegex(", run.Output, StringComparison.Ordinal);
        Assert.Contains("FAIL ExpectText(", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trx_report_has_one_result_per_test_under_a_unique_id()
    {
        var (run, trxPath) = await consumer.FullRunAsync();

        Assert.True(File.Exists(trxPath), $"No TRX report.{Environment.NewLine}{run}");
        var results = TrxReport.Load(trxPath);
        Assert.Equal(14, results.Count);
        Assert.Equal(results.Count, results.Select(r => r.TestId).Distinct().Count());
        Assert.Equal(2, results.Count(r => r.TestName.Contains("Answers_status", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_trx_report_holds_the_metrics_the_verdicts_and_the_failure_message()
    {
        var (_, trxPath) = await consumer.FullRunAsync();
        var results = TrxReport.Load(trxPath);

        var passed = Assert.Single(results, r => r.TestName.Contains("Echoes_the_request", StringComparison.Ordinal));
        Assert.Contains("tokens 29 (in 21, out 8)", passed.StdOut, StringComparison.Ordinal);
        Assert.Contains("PASS ExpectText(", passed.StdOut, StringComparison.Ordinal);
        Assert.Contains("PASS MatchesRegex(", passed.StdOut, StringComparison.Ordinal);
        var failed = Assert.Single(results, r => r.TestName.Contains("Says_goodbye", StringComparison.Ordinal));
        Assert.Equal("Failed", failed.Outcome);
        Assert.Contains("goodbye", failed.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("echo: hello", failed.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("FAIL ExpectText(", failed.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_test_declared_wrong_fails_with_a_message_that_names_the_problem()
    {
        var (_, trxPath) = await consumer.FullRunAsync();

        var result = Assert.Single(TrxReport.Load(trxPath), r => r.TestName.Contains("Returns_an_order", StringComparison.Ordinal));
        Assert.Equal("Failed", result.Outcome);
        Assert.Contains("[MatchesJsonSchema]", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("schemas/order.schema.json", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("does not exist", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_benchmark_class_runs_as_one_test_whose_output_is_the_summary()
    {
        var (_, trxPath) = await consumer.FullRunAsync();

        var benchmark = Assert.Single(TrxReport.Load(trxPath), r => r.TestName.Contains("GreetingBenchmark", StringComparison.Ordinal));
        Assert.Equal("Passed", benchmark.Outcome);
        Assert.Contains("echo (baseline)", benchmark.StdOut, StringComparison.Ordinal);
        Assert.Contains("shout is ", benchmark.StdOut, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(consumer.ProjectFolder, "bin", "Debug", RepositoryLayout.TargetFramework, "AgentGymArtifacts", "results", "Consumer.GreetingBenchmark-report.html")));
    }

    [Fact]
    public async Task A_declarative_test_file_is_copied_to_the_output_by_the_package_and_runs()
    {
        var (run, trxPath) = await consumer.FullRunAsync();

        Assert.True(File.Exists(Path.Combine(consumer.ProjectFolder, "bin", "Debug", RepositoryLayout.TargetFramework, "AgentTests", "greeting.agenttest.json")), run.ToString());
        var result = Assert.Single(TrxReport.Load(trxPath), r => r.TestName == "Greets from a test file");
        Assert.Equal("Passed", result.Outcome);
        Assert.Contains("PASS ExpectText(", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("PASS Budget(", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_tests_lists_every_agent_test_case_and_the_xunit_fact()
    {
        var run = await consumer.TestAsync("--list-tests");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var name in new[] { "Echoes_the_request", "Says_goodbye", "Resists_prompt_injection", "Charges_the_card", "Xunit_fact_runs_beside_agent_tests" })
            Assert.True(run.Output.Contains(name, StringComparison.Ordinal), $"{name} is not listed.{Environment.NewLine}{run}");
        Assert.True(run.Output.Contains("agent: echo", StringComparison.Ordinal) && run.Output.Contains("agent: shout", StringComparison.Ordinal), run.ToString());
    }

    [Fact]
    public async Task A_filter_by_fully_qualified_name_runs_that_test_only()
    {
        var run = await consumer.TestAsync("--filter", $"FullyQualifiedName={Tests}Echoes_the_request", "--logger", "console;verbosity=normal");

        Assert.Equal(new TestSummary(Failed: 0, Passed: 1, Skipped: 0, Total: 1), TestSummary.Parse(run));
        Assert.Contains("Echoes_the_request", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_by_test_type_runs_the_security_test_only()
    {
        var run = await consumer.TestAsync("--filter", "TestType=Security", "--logger", "console;verbosity=normal");

        Assert.Equal(new TestSummary(Failed: 0, Passed: 1, Skipped: 0, Total: 1), TestSummary.Parse(run));
        Assert.Contains("Resists_prompt_injection", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_by_agent_runs_that_agents_cases_only()
    {
        var run = await consumer.TestAsync("--filter", "Agent=shout", "--logger", "console;verbosity=normal");

        Assert.Equal(new TestSummary(Failed: 0, Passed: 1, Skipped: 0, Total: 1), TestSummary.Parse(run));
        Assert.Contains("agent: shout", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("agent: echo", run.Output, StringComparison.Ordinal);
    }
}
