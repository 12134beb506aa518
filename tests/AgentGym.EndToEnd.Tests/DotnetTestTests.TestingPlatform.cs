using System.Text.RegularExpressions;
using AgentGym.EndToEnd.Tests.Support;

namespace AgentGym.EndToEnd.Tests;

/// <summary>
/// The same agent tests as a Microsoft.Testing.Platform executable (<c>&lt;EnableAgentGymRunner&gt;true&lt;/EnableAgentGymRunner&gt;</c>):
/// run by <c>dotnet run</c>, by the executable itself and by <c>dotnet test</c> in that platform's mode. It has the eight agent
/// test cases and the benchmark of the VSTest project, without the xunit fact: five pass, two fail, one is skipped.
/// </summary>
public sealed partial class DotnetTestTests
{
    // The platform's exit codes: 0 all passed, 2 a test failed, 3 the session was cancelled, 8 no test ran, 10 the test
    // framework failed the session (AgentGym reported a run-level error).
    private const int PlatformRunError = 10;
    private const int PlatformTestFailed = 2;
    private const int PlatformSessionCancelled = 3;
    private static readonly TestSummary RunnerSummary = new(Failed: 2, Passed: 10, Skipped: 1, Total: 13);

    [Fact]
    public async Task The_executable_runs_every_agent_test_and_a_failing_test_sets_its_exit_code()
    {
        var (run, _) = await consumer.ExecutableRunAsync();

        Assert.True(run.ExitCode == PlatformTestFailed, $"A failing test should fail the run with exit code {PlatformTestFailed}.{Environment.NewLine}{run}");
        Assert.True(RunnerSummary == TestSummary.ParsePlatform(run), $"Unexpected counts.{Environment.NewLine}{run}");
        Assert.Contains("Says_goodbye", run.Output, StringComparison.Ordinal);
        Assert.Contains("goodbye", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_executables_trx_report_holds_the_metrics_the_verdicts_and_the_failure_message()
    {
        var (run, trxPath) = await consumer.ExecutableRunAsync();

        Assert.True(File.Exists(trxPath), $"No TRX report.{Environment.NewLine}{run}");
        var results = TrxReport.Load(trxPath);
        Assert.Equal(13, results.Count);
        var passed = Assert.Single(results, r => r.TestName.Contains("Echoes_the_request", StringComparison.Ordinal));
        Assert.Equal("Passed", passed.Outcome);
        Assert.Contains("tokens 29 (in 21, out 8)", passed.StdOut, StringComparison.Ordinal);
        Assert.Contains("PASS MatchesRegex(", passed.StdOut, StringComparison.Ordinal);
        var failed = Assert.Single(results, r => r.TestName.Contains("Says_goodbye", StringComparison.Ordinal));
        Assert.Equal("Failed", failed.Outcome);
        Assert.Contains("echo: hello", failed.ErrorMessage, StringComparison.Ordinal);
        var benchmark = Assert.Single(results, r => r.TestName.Contains("GreetingBenchmark", StringComparison.Ordinal));
        Assert.Contains("echo (baseline)", benchmark.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_modes_give_each_agent_test_the_same_id_and_name()
    {
        var (_, vstestTrx) = await consumer.FullRunAsync();
        var (_, platformTrx) = await consumer.ExecutableRunAsync();

        var vstest = TrxReport.Load(vstestTrx).Where(r => r.AdapterUri == AgentGymExecutor).Select(r => (r.TestId, r.TestName, r.Outcome)).Order().ToList();
        var platform = TrxReport.Load(platformTrx).Select(r => (r.TestId, r.TestName, r.Outcome)).Order().ToList();
        Assert.Equal(vstest, platform);
    }

    [Fact]
    public async Task Dotnet_run_runs_the_agent_tests_with_a_filter()
    {
        var run = await consumer.RunnerAsync("run", "--no-build", "--", "--filter", $"FullyQualifiedName={Tests}Echoes_the_request");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new TestSummary(Failed: 0, Passed: 1, Skipped: 0, Total: 1), TestSummary.ParsePlatform(run));
    }

    [Fact]
    public async Task Dotnet_test_in_platform_mode_runs_the_executable_and_fails_on_a_failing_test()
    {
        var run = await consumer.RunnerAsync("test", "--no-build");

        Assert.True(run.ExitCode != 0, $"A failing test should fail 'dotnet test'.{Environment.NewLine}{run}");
        Assert.Equal(RunnerSummary, TestSummary.ParsePlatform(run));
    }

    [Fact]
    public async Task Dotnet_test_in_platform_mode_takes_a_filter_by_test_type()
    {
        var run = await consumer.RunnerAsync("test", "--no-build", "--filter", "TestType=Security");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new TestSummary(Failed: 0, Passed: 1, Skipped: 0, Total: 1), TestSummary.ParsePlatform(run));
    }

    [Fact]
    public async Task The_executable_lists_every_agent_test_case()
    {
        var run = await consumer.ExecutableAsync("--list-tests");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var name in new[] { "Echoes_the_request", "Says_goodbye", "Resists_prompt_injection", "Charges_the_card", "Greets from a test file", "GreetingBenchmark" })
            Assert.True(run.Output.Contains(name, StringComparison.Ordinal), $"{name} is not listed.{Environment.NewLine}{run}");
        Assert.True(run.Output.Contains("agent: echo", StringComparison.Ordinal) && run.Output.Contains("agent: shout", StringComparison.Ordinal), run.ToString());
        Assert.DoesNotContain("Xunit_fact", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tree_node_filter_selects_by_path_and_trait()
    {
        var run = await consumer.ExecutableAsync("--treenode-filter", "/Consumer/Consumer/SupportAgentTests/Answers_status[Agent=shout]", "--output", "detailed");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new TestSummary(Failed: 0, Passed: 1, Skipped: 0, Total: 1), TestSummary.ParsePlatform(run));
        Assert.Contains("agent: shout", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_filter_is_reported_and_runs_nothing()
    {
        var run = await consumer.ExecutableAsync("--filter", "FullyQualifiedName=(");

        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.Contains("is not valid", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, TestSummary.ParsePlatform(run).Total);
    }

    [Fact]
    public async Task The_executable_reads_runsettings_and_records_its_run_in_the_store()
    {
        var folder = Directory.CreateTempSubdirectory("agentgym-e2e-store-").FullName;
        try
        {
            var store = Path.Combine(folder, "results.db");
            var settings = Path.Combine(folder, "agentgym.runsettings");
            File.WriteAllText(settings, $"<RunSettings><AgentGym><Store>{store}</Store></AgentGym></RunSettings>");

            var run = await consumer.ExecutableAsync("--settings", settings, "--filter", $"FullyQualifiedName={Tests}Echoes_the_request");
            Assert.True(run.ExitCode == 0, run.ToString());

            var list = await DotNetCli.RunAsync(consumer.RunnerFolder, AgentGymCli, "runs", "list", "--store", store);
            Assert.True(list.ExitCode == 0, list.ToString());
            Assert.Matches(new Regex(@"│ 1 +│"), list.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_executable_reads_agentgym_settings_from_its_testconfig_json_in_any_case_and_reports_unknown_ones()
    {
        var folder = Directory.CreateTempSubdirectory("agentgym-e2e-testconfig-").FullName;
        try
        {
            var store = Path.Combine(folder, "from-testconfig.db");
            var config = Path.Combine(folder, "run.testconfig.json");
            // A name in another case is read; a misspelt one is reported, not ignored in silence.
            File.WriteAllText(config, $$"""{ "agentgym": { "store": "{{store.Replace("\\", "/", StringComparison.Ordinal)}}", "MaxConcurrency": "many", "Retires": 2 } }""");

            var run = await consumer.ExecutableAsync("--config-file", config, "--filter", $"FullyQualifiedName={Tests}Echoes_the_request");

            Assert.True(File.Exists(store), $"The store that testconfig.json names was not written.{Environment.NewLine}{run}");
            Assert.Contains("testconfig.json agentgym:MaxConcurrency", run.Output, StringComparison.Ordinal);
            Assert.Contains("testconfig.json agentgym:Retires is not an AgentGym setting and is ignored", run.Output, StringComparison.Ordinal);
            Assert.True(run.ExitCode == PlatformRunError, $"A bad setting is a run-level error, which fails the run with exit code {PlatformRunError}.{Environment.NewLine}{run}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Interrupting_the_executable_cancels_the_running_agent_and_ends_the_run()
    {
        var folder = Directory.CreateTempSubdirectory("agentgym-e2e-cancel-").FullName;
        try
        {
            var holdFile = Path.Combine(folder, "agent-started");
            var environment = new Dictionary<string, string> { ["CONSUMER_HOLD_FILE"] = holdFile };
            string[] arguments = ["--filter", $"FullyQualifiedName={Tests}Echoes_the_request"];

            var run = await DotNetCli.RunProgramAsync(consumer.RunnerFolder, environment, consumer.RunnerExecutable, arguments, async (process, cancellationToken) =>
            {
                while (!File.Exists(holdFile) && !process.HasExited)
                    await Task.Delay(50, cancellationToken);
                // Ctrl+C, as a user at a terminal sends it.
                using var interrupt = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                await interrupt.WaitForExitAsync(cancellationToken);
            });

            Assert.True(File.Exists(holdFile), $"The agent never started.{Environment.NewLine}{run}");
            Assert.True(run.ExitCode == PlatformSessionCancelled, $"An interrupted run should end with exit code {PlatformSessionCancelled}.{Environment.NewLine}{run}");
            Assert.Equal(0, TestSummary.ParsePlatform(run).Passed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
